using NewsReader.Entities;

namespace NewsReader.Articles;

/// <summary>One ingested news article: its cleaned text and where it came from.</summary>
public sealed class Article
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>True when the source gave no headline and <see cref="Title"/> was derived from the lead.</summary>
    public bool TitleDerived { get; set; }

    /// <summary>The outlet as the page names itself; null when the page does not say.</summary>
    public string? Outlet { get; set; }

    /// <summary>Publication time in UTC, when the source gives one.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>The file path or URL the article was read from.</summary>
    public required string Source { get; set; }

    /// <summary>The cleaned body: paragraphs separated by one blank line. Mention offsets index into it.</summary>
    public required string Text { get; set; }

    /// <summary>SHA-256 of the cleaned title and text, hex; equal content is a duplicate.</summary>
    public required string ContentHash { get; set; }

    /// <summary>When NewsReader stored it (UTC): never a stand-in for <see cref="PublishedAt"/>.</summary>
    public DateTime IngestedAt { get; set; }

    /// <summary>The address it was published at and its byline, when the source says (a table of its own).</summary>
    public ArticleOrigin? Origin { get; set; }

    /// <summary>The story this article reports, once another article reports the same event.</summary>
    public int? StoryId { get; set; }

    public Stories.Story? Story { get; set; }

    /// <summary>The earlier article this one copies (wire copy, syndication): the same report from another outlet.</summary>
    public int? CopyOfId { get; set; }

    /// <summary>The most frequent content terms and their counts, "term:count ..." (<see cref="Text.ContentTerms"/>).</summary>
    public string Terms { get; set; } = "";

    public List<RelatedHeadline> RelatedHeadlines { get; set; } = [];

    /// <summary>A set, not a list: tracking each of an article's mentions looks it up here (a list made that quadratic).</summary>
    public HashSet<Mention> Mentions { get; set; } = [];

    public List<EntityRole> Roles { get; set; } = [];
}
