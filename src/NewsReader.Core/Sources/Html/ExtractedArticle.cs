namespace NewsReader.Sources.Html;

/// <summary>What a web page says: its article's title, byline, publication time (UTC), site, and body as paragraphs.</summary>
public sealed record ExtractedArticle(string? Title, string? Byline, DateTime? Published, string? SiteName, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The page's own address (canonical link, else <c>og:url</c>), when it gives an absolute http(s) one.</summary>
    public Uri? Url { get; init; }

    /// <summary>The body, paragraphs separated by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
