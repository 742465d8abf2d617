using NewsReader.Articles;

namespace NewsReader.Stories;

/// <summary>One event as reported by several articles, grouped as they are ingested.</summary>
public sealed class Story
{
    public int Id { get; set; }

    /// <summary>The title of the article that started the story.</summary>
    public required string Title { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<Article> Articles { get; set; } = [];
}
