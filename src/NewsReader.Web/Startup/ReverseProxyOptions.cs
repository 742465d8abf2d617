using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web.Startup;

/// <summary>
/// Running behind a TLS-terminating reverse proxy: when <see cref="Enabled"/>, the proxy's <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed, from the proxies listed only (loopback always), so the app sees each
/// client's own address (rate limits per client) and the original scheme (cookies marked <c>Secure</c>). Off by
/// default: without a proxy in front, those headers are whatever a client chose to send.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies whose forwarded headers are believed, besides loopback (e.g. "10.0.0.5").</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form (e.g. "172.18.0.0/16" for a container network).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Proxies in a row whose entries in <c>X-Forwarded-For</c> are read, nearest first.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;
}
