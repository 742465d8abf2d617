namespace NewsReader.Articles;

/// <summary>Bounds every ingested article must fit; input past them is refused, never truncated silently.</summary>
public static class ArticleLimits
{
    public const int MaxTitleLength = 400;

    public const long MaxFileBytes = 5 * 1024 * 1024;
}
