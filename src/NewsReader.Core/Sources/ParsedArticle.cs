using NewsReader.Articles;

namespace NewsReader.Sources;

/// <summary>What a parser read from one source, before entities are found and it is stored.</summary>
public sealed record ParsedArticle(
    string Title,
    string? Outlet,
    DateTime? PublishedAt,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> RelatedHeadlines)
{
    /// <summary>True when the source gave no headline and <see cref="Title"/> was derived from the lead (<see cref="LeadHeadline"/>).</summary>
    public bool TitleDerived { get; init; }

    /// <summary>The address the article was published at, when the source says (<see cref="ArticleOrigin"/>).</summary>
    public Uri? Url { get; init; }

    /// <summary>Who wrote it, without "By", when the source says.</summary>
    public string? Byline { get; init; }

    /// <summary>
    /// The SHA-256 of the bytes of the file or page that held this article alone (<see cref="Ingestion.ContentHash.OfSource"/>),
    /// so that the same file again is the same article however a later version reads it; null for a feed's items.
    /// </summary>
    public string? SourceHash { get; init; }

    /// <summary>The stored body: paragraphs separated by one blank line.</summary>
    public string Text => ArticleText.Join(Paragraphs);
}
