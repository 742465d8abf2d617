namespace NewsReader.Sources;

/// <summary>
/// One article a source holds (a file holds one, a feed one per item), or why it could not be read. A feed item that
/// carries only a summary names the page with the full text, fetched when links are followed.
/// </summary>
public sealed record SourceItem(string Source, Result<ParsedArticle> Result, Uri? FullTextAt = null)
{
    /// <summary>A feed item's own identifier (RSS guid, Atom id), by which a subscription knows it has taken it.</summary>
    public string? FeedItemId { get; init; }

    /// <summary>The feed item's link, whether or not its text was read.</summary>
    public Uri? Link { get; init; }

    public static SourceItem Failed(string source, string error) => new(source, Result<ParsedArticle>.Failure(error));
}
