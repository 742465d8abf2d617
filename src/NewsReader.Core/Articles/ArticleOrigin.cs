namespace NewsReader.Articles;

/// <summary>
/// Where an article was published and who wrote it, as its source says: the address a reader can cite (a page's
/// canonical address, a feed item's link, front matter's <c>url</c>, the address it was fetched from) and the byline
/// (a page's author, a feed's author, front matter's <c>author</c>, a capture's "By …" line). Stored only when the
/// source says either; <see cref="Article.Source"/> is where NewsReader read it, which may be a local file.
/// </summary>
public sealed class ArticleOrigin
{
    /// <summary>Longer than any real address or byline; a longer value is not one and is not kept.</summary>
    public const int MaxUrlLength = 2_048;

    public const int MaxBylineLength = 200;

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>The absolute http(s) address the article was published at, or null.</summary>
    public string? Url { get; set; }

    /// <summary>Who wrote it ("Ana Ruiz and Tom Reed"), without "By", or null.</summary>
    public string? Byline { get; set; }

    /// <summary>The site an address belongs to, as a reader names it: "www.example.com" as "example.com"; null for no web address.</summary>
    public static string? SiteOf(Uri? url) =>
        url is { IsAbsoluteUri: true, HostNameType: UriHostNameType.Dns } ? (url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host) : null;

    /// <summary>The origin of an article with this address and byline, or null when neither is known or fit to keep.</summary>
    public static ArticleOrigin? Of(Uri? url, string? byline)
    {
        var address = url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            && url.AbsoluteUri.Length <= MaxUrlLength ? url.AbsoluteUri : null;
        var writer = string.IsNullOrWhiteSpace(byline) || byline.Trim().Length > MaxBylineLength ? null : byline.Trim();
        return address is null && writer is null ? null : new ArticleOrigin { Url = address, Byline = writer };
    }
}
