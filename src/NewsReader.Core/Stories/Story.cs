using NewsReader.Articles;

namespace NewsReader.Stories;

/// <summary>One event as reported by several articles, grouped as they are ingested.</summary>
public sealed class Story
{
    public int Id { get; set; }

    /// <summary>The title of the article that started the story (of its earliest article, when a re-check split that one off).</summary>
    public required string Title { get; set; }

    public DateTime CreatedAt { get; set; }

    // What the story lists show, kept as articles are filed (StoryAssigner.RefreshSummaryAsync): ordering a million
    // articles' stories by their latest report took seconds a page when worked out from the articles each time.

    /// <summary>How many articles report it.</summary>
    public int ArticleCount { get; set; }

    /// <summary>Its latest article's publication time, or null when none of its articles is dated.</summary>
    public DateTime? LatestPublishedAt { get; set; }

    /// <summary>The id of the article it gained last: among stories of the same latest time, the one that grew last first.</summary>
    public int LastArticleId { get; set; }

    public List<Article> Articles { get; set; } = [];
}
