namespace NewsReader.Sources;

/// <summary>
/// The bytes of one source as they arrived: a file, an upload or a fetched URL, with what the server said of them.
/// </summary>
/// <param name="Source">The path, upload name or URL the article will name as its source.</param>
/// <param name="Content">The raw bytes, at most <see cref="Articles.ArticleLimits.MaxFileBytes"/>.</param>
/// <param name="MediaType">The served media type ("text/html"), when fetched.</param>
/// <param name="Charset">The served character set, when fetched; it outranks what the page says.</param>
/// <param name="Url">Where it was fetched from, for an outlet when the page names none.</param>
public sealed record SourceDocument(string Source, byte[] Content, string? MediaType = null, string? Charset = null, Uri? Url = null);
