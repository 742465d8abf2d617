using NewsReader.Sources.Html;
using NewsReader.Sources.Html.Markup;

namespace NewsReader.Sources.Feeds;

/// <summary>
/// The feeds a web page advertises: <c>&lt;link rel="alternate" type="application/rss+xml"&gt;</c> (or Atom), in page
/// order, each address resolved against the page's.
/// </summary>
public static class FeedDiscovery
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"];

    public static IReadOnlyList<Uri> FeedsIn(SourceDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = PageDecoder.Decode(page.Content, page.Charset);
        if (!html.Succeeded)
        {
            return [];
        }

        return MarkupDocument.Parse(html.Value).Elements("link")
            .Where(l => PageMetadata.HasRel(l, "alternate")
                && FeedTypes.Contains((l.GetAttribute("type") ?? "").Trim(), StringComparer.OrdinalIgnoreCase))
            .Select(l => Resolve(page.Url, System.Net.WebUtility.HtmlDecode(l.GetAttribute("href") ?? "").Trim()))
            .OfType<Uri>()
            .Distinct()
            .ToList();
    }

    private static Uri? Resolve(Uri? page, string href) =>
        href.Length == 0 ? null
        : Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute
        : page is not null && Uri.TryCreate(page, href, out var relative) && relative.Scheme is "http" or "https" ? relative
        : null;
}
