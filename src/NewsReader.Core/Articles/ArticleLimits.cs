namespace NewsReader.Articles;

/// <summary>Bounds every ingested article must fit; input past them is refused, never truncated silently.</summary>
public static class ArticleLimits
{
    public const int MaxTitleLength = 400;

    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Characters of an article (some 8,000 words, more than any report runs) whose mentions make its profile for
    /// stories and related articles and count in entity pages' figures: a huge article costs what a long one does
    /// wherever it is a candidate, not its tens of thousands of mentions.
    /// </summary>
    public const int ProfiledCharacters = 50_000;

    /// <summary>Why a source of this many bytes is not read, or null when it fits.</summary>
    public static string? SizeProblem(long bytes) =>
        bytes > MaxFileBytes ? $"too large: {bytes:N0} bytes, the limit is {MaxFileBytes:N0}" : null;

    /// <summary>Why a title cannot be stored, or null when it can.</summary>
    public static string? TitleProblem(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "no title"
        : title.Length > MaxTitleLength ? $"no title: the title is {title.Length:N0} characters long (the limit is {MaxTitleLength})"
        : null;
}
