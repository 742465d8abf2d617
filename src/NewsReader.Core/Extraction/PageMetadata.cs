using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsReader.Extraction;

/// <summary>
/// A page's title, byline, publication time and site name, from its sources in order of trust: JSON-LD (an Article,
/// NewsArticle or BlogPosting: headline, author, datePublished, publisher), then OpenGraph, Dublin Core and
/// <c>article:*</c> meta tags, <c>&lt;meta name=author&gt;</c>, <c>&lt;time datetime&gt;</c>, and last the
/// <c>&lt;title&gt;</c> without the site's name. Times are UTC, the source's offset respected.
/// </summary>
internal static partial class PageMetadata
{
    private static readonly string[] TitleMetas = ["dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title"];
    private static readonly string[] BylineMetas = ["dc:creator", "dcterm:creator", "author", "parsely-author", "article:author", "sailthru.author", "byl"];
    private static readonly string[] SiteMetas = ["og:site_name", "application-name"];
    private static readonly string[] PublishedMetas = ["article:published_time", "parsely-pub-date", "datePublished", "dc.date", "dcterm:created", "pubdate", "publish-date", "date"];
    private static readonly string[] ArticleTypes = ["Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "WebPage"];

    [GeneratedRegex(@"\s[\|\-–—\\/>»]\s")]
    private static partial Regex Separator();

    public static (string? Title, string? Byline, DateTime? Published, string? SiteName) Read(IDocument document)
    {
        var json = JsonLd(document);
        var metas = Metas(document);
        string? Meta(string[] names) => names.Select(n => metas.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        var title = json.Title ?? Meta(TitleMetas) ?? CleanTitle(document.Title);
        var byline = json.Byline ?? ByUrl(Meta(BylineMetas)) ?? BylineInPage(document);
        var site = json.Site ?? Meta(SiteMetas);
        var published = ToUtc(json.Published) ?? ToUtc(Meta(PublishedMetas)) ?? ToUtc(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        // Titles keep their inner spacing as published; only the ends are trimmed.
        return (string.IsNullOrWhiteSpace(title) ? null : System.Net.WebUtility.HtmlDecode(title).Trim(), CleanByline(Clean(byline)), published, Clean(site));
    }

    /// <summary>"Headline | Site" → "Headline"; "Site | Headline" → "Headline"; whichever leaves three words or more.</summary>
    public static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = MainContent.Normalize(title);
        var separators = Separator().Matches(title);
        if (separators.Count == 0)
        {
            return title;
        }

        static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var before = title[..separators[^1].Index].Trim();
        if (Words(before) >= 3)
        {
            return before;
        }

        var after = title[(separators[0].Index + separators[0].Length)..].Trim();
        return Words(after) >= 3 ? after : title;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : MainContent.Normalize(System.Net.WebUtility.HtmlDecode(value));

    /// <summary>"By Ana Ruiz —" → "Ana Ruiz".</summary>
    private static string? CleanByline(string? byline)
    {
        if (byline is null)
        {
            return null;
        }

        byline = byline.Trim().TrimEnd('—', '–', '-', '|', ',', '·', ':', ' ').Trim();
        if (byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            byline = byline[3..].Trim();
        }

        return byline.Length == 0 ? null : byline;
    }

    private static string? ByUrl(string? byline) => byline is not null && byline.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : byline;

    private static string? BylineInPage(IDocument document)
    {
        var element = document.QuerySelector("[rel=author], [itemprop=author], .byline, .author, #byline, .article-author");
        var text = element is null ? null : MainContent.Normalize(element.TextContent);
        return text is { Length: > 0 and < 100 } ? text : null;
    }

    private static Dictionary<string, string> Metas(IDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var key in $"{meta.GetAttribute("property")} {meta.GetAttribute("name")} {meta.GetAttribute("itemprop")}".Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                metas.TryAdd(key.Trim(), content);
            }
        }

        return metas;
    }

    private static DateTime? ToUtc(string? value) =>
        value is not null && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.UtcDateTime : null;

    private static (string? Title, string? Byline, string? Published, string? Site) JsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement) is { } article)
                {
                    return (Text(article, "headline") ?? Text(article, "name"), Author(article), Text(article, "datePublished"),
                        article.TryGetProperty("publisher", out var publisher) ? Text(publisher, "name") : null);
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is skipped; the meta tags follow.
            }
        }

        return (null, null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(FindArticle).FirstOrDefault(e => e is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@type", out var type) && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()]).Any(t => ArticleTypes.Contains(t)))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
    }

    private static string? Author(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author))
        {
            return null;
        }

        IEnumerable<JsonElement> authors = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray() : [author];
        var names = authors.Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : Text(a, "name")).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
