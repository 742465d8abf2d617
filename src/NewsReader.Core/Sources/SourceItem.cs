namespace NewsReader.Sources;

/// <summary>
/// One article a source holds (a file holds one, a feed one per item), or why it could not be read. A feed item that
/// carries only a summary names the page with the full text, fetched when links are followed.
/// </summary>
public sealed record SourceItem(string Source, Result<ParsedArticle> Result, Uri? FullTextAt = null)
{
    public static SourceItem Failed(string source, string error) => new(source, Result<ParsedArticle>.Failure(error));
}
