using System.ComponentModel.DataAnnotations;
using NewsReader.Articles;

namespace NewsReader.Fetching;

/// <summary>How URLs are fetched (configuration section <see cref="Section"/>).</summary>
public sealed class FetchOptions
{
    public const string Section = "Fetching";

    /// <summary>
    /// Whether URLs may point at loopback, private, link-local or otherwise internal addresses. Off by default, so a
    /// pasted link cannot make the server read its own network; tests turn it on for their loopback server.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>The whole fetch, redirects and body included, must finish within this many seconds.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>A body (after decompression) larger than this is refused.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public long MaxBytes { get; set; } = ArticleLimits.MaxFileBytes;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The User-Agent sent: says what is fetching, so site owners can tell.</summary>
    [Required]
    public string UserAgent { get; set; } = "NewsReader/1.0 (self-hosted news reader; fetches articles a user asked for)";

    /// <summary>Whether to go through the system's HTTP proxy; address checks then apply to the URL's host only.</summary>
    public bool UseSystemProxy { get; set; }
}
