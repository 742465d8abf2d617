using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsReader.Sources.Html.Markup;

namespace NewsReader.Sources.Html;

/// <summary>
/// A page's title, byline, publication time, site name and address, from its sources in order of trust: JSON-LD (an
/// Article, NewsArticle or BlogPosting: headline, author, datePublished, publisher), then OpenGraph, Dublin Core and
/// <c>article:*</c> meta tags, <c>&lt;meta name=author&gt;</c>, <c>&lt;time datetime&gt;</c>, and last the
/// <c>&lt;title&gt;</c> without the site's name. Times are UTC, the source's offset respected. The address is the
/// page's canonical link, else its <c>og:url</c>, when absolute http(s).
/// </summary>
internal static partial class PageMetadata
{
    private static readonly string[] TitleMetas = ["dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"];
    private static readonly string[] BylineMetas = ["dc:creator", "dcterm:creator", "author", "parsely-author", "article:author", "sailthru:author", "byl"];
    private static readonly string[] SiteMetas = ["og:site_name", "application-name"];
    private static readonly string[] PublishedMetas = ["article:published_time", "parsely-pub-date", "datepublished", "dc:date", "dcterm:created", "pubdate", "publish-date", "date"];
    private static readonly string[] ArticleTypes =
    [
        "Article", "NewsArticle", "AdvertiserContentArticle", "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle",
        "BlogPosting", "DiscussionForumPosting", "LiveBlogPosting", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle",
        "Report", "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "TechArticle", "WebPage",
    ];

    [GeneratedRegex(@"^\s*<!\[CDATA\[|\]\]>\s*$")]
    private static partial Regex CharacterDataMarks();

    public static (string? Title, string? Byline, DateTime? Published, string? SiteName, Uri? Url) Read(MarkupDocument document)
    {
        var json = JsonLd(document);
        var metas = Metas(document);
        string? Meta(string[] names) => names.Select(n => metas.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        var site = json.Site ?? Meta(SiteMetas);
        var pageTitle = PageTitle.Clean(document, site);
        var title = PageTitle.FromJsonLd(json.Name, json.Headline, pageTitle) ?? Meta(TitleMetas) ?? pageTitle;
        var byline = json.Byline ?? ByUrl(Meta(BylineMetas)) ?? BylineInPage(document);
        var published = ToUtc(json.Published) ?? ToUtc(Meta(PublishedMetas)) ?? ToUtc(document.Elements("time").FirstOrDefault(t => t.HasAttribute("datetime"))?.GetAttribute("datetime"));
        // Titles keep their inner spacing as published; only the ends are trimmed.
        var url = WebAddress(document.Elements("link").FirstOrDefault(l => HasRel(l, "canonical"))?.GetAttribute("href")) ?? WebAddress(Meta(["og:url"]));
        return (string.IsNullOrWhiteSpace(title) ? null : System.Net.WebUtility.HtmlDecode(title).Trim(), CleanByline(Clean(byline)), published, Clean(site), url);
    }

    /// <summary>Whether the link's <c>rel</c> lists <paramref name="rel"/> ("canonical", "alternate").</summary>
    internal static bool HasRel(MarkupNode link, string rel) =>
        (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(rel, StringComparer.OrdinalIgnoreCase);

    private static Uri? WebAddress(string? href) =>
        Uri.TryCreate(System.Net.WebUtility.HtmlDecode(href ?? "").Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : Spacing.Collapse(System.Net.WebUtility.HtmlDecode(value));

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

    /// <summary>
    /// The first element, in page order, that says it holds the author: <c>rel=author</c>, an <c>itemprop</c> naming the
    /// author, or a class or id saying byline, author, dateline or written-by; its <c>itemprop=name</c> part when it
    /// has one (so a date beside the name stays out). Hidden elements and long texts are not bylines.
    /// </summary>
    private static string? BylineInPage(MarkupDocument document)
    {
        foreach (var element in document.Body.Descendants())
        {
            var marked = element.GetAttribute("rel") == "author"
                || (element.GetAttribute("itemprop") ?? "").Contains("author", StringComparison.OrdinalIgnoreCase)
                || SaysByline(element.ClassName) || SaysByline(element.Id);
            if (!marked || element.Name is "script" or "style" or "meta" or "link" || element.HasAttribute("hidden"))
            {
                continue;
            }

            // The name's own part when the byline marks one: its itemprop=name, else a part marked as the author
            // (a byline paragraph may hold the date and a comment count beside the name).
            var text = BylineText(element.Descendants().FirstOrDefault(e => HasWord(e.GetAttribute("itemprop"), "name"))
                ?? element.Descendants().FirstOrDefault(e => e.GetAttribute("rel") == "author" || SaysAuthor(e.ClassName) || SaysAuthor(e.GetAttribute("itemprop")))
                ?? element);
            if (text is { Length: > 0 and < 100 })
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// A byline element's text without the date beside the name: a <c>&lt;time&gt;</c>, or an element whose class,
    /// id or itemprop says date, time or published, is left out, and so is a date the text ends with, glued to the
    /// name or not ("Carrie ArnoldNovember 15, 2019" is Carrie Arnold).
    /// </summary>
    private static string BylineText(MarkupNode element)
    {
        var text = new System.Text.StringBuilder();
        void Append(MarkupNode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (!child.IsElement)
                {
                    text.Append(child.Text);
                }
                else if (!IsDate(child))
                {
                    Append(child);
                }
            }
        }

        Append(element);
        var byline = Spacing.Collapse(text.ToString());
        byline = TrailingDate().Match(byline) is { Success: true, Index: > 0 } date ? byline[..date.Index].TrimEnd(' ', ',', '|', '·', '-', '—') : byline;

        // What a date leaves behind may be its label ("Last Updated:"), which names no one.
        return DateLabel().IsMatch(byline) ? "" : byline;
    }

    [GeneratedRegex(@"^(?:last\s+)?(?:updated|published|posted|modified|created)\s*(?:on|at)?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    private static bool IsDate(MarkupNode element) =>
        element.Name == "time" || SaysDate(element.ClassName) || SaysDate(element.Id) || SaysDate(element.GetAttribute("itemprop"));

    [GeneratedRegex(@"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2},?\s+\d{4}\b.*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();

    private static bool SaysAuthor(string? hint) => hint is not null && AuthorHint().IsMatch(hint);

    [GeneratedRegex("author(?!i[sz]ation)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorHint();

    private static bool SaysDate(string? hint) => hint is not null && DateHint().IsMatch(hint);

    [GeneratedRegex("date|time|published", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateHint();

    /// <summary>Whether a space-separated attribute value holds the word, as CSS's [attribute~=word] matches.</summary>
    private static bool HasWord(string? value, string word) =>
        value is not null && value.Split(' ', '\t', '\n', '\r', '\f').Contains(word, StringComparer.Ordinal);

    /// <summary>Whether a class or id says byline (the regular expression runs only on the few that hold one of its words).</summary>
    private static bool SaysByline(string? hint) => hint.AsSpan().ContainsAny(BylineWords) && BylineHint().IsMatch(hint!);

    private static readonly SearchValues<string> BylineWords = SearchValues.Create(["byline", "author", "dateline", "writtenby"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("byline|author(?!i[sz]ation)|dateline|writtenby|p-author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineHint();

    private static Dictionary<string, string> Metas(MarkupDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var ranks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        static IEnumerable<(string Key, int Rank)> Keys(string? attribute, int rank) =>
            (attribute ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(k => (k.Trim().ToLowerInvariant().Replace('.', ':'), rank));

        foreach (var meta in document.Elements("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            // "DC.Title" and "dc:title" are one name; a property outranks a name of the same meaning.
            foreach (var (key, rank) in Keys(meta.GetAttribute("property"), 0).Concat(Keys(meta.GetAttribute("name"), 1)).Concat(Keys(meta.GetAttribute("itemprop"), 1)))
            {
                if (!ranks.TryGetValue(key, out var held) || rank < held)
                {
                    metas[key] = content;
                    ranks[key] = rank;
                }
            }
        }

        return metas;
    }

    private static DateTime? ToUtc(string? value) =>
        value is not null && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.UtcDateTime : null;

    private static (string? Name, string? Headline, string? Byline, string? Published, string? Site) JsonLd(MarkupDocument document)
    {
        foreach (var script in document.Elements("script").Where(s => s.GetAttribute("type") == "application/ld+json"))
        {
            try
            {
                using var json = JsonDocument.Parse(CharacterDataMarks().Replace(script.TextContent, ""), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement) is { } article)
                {
                    return (Text(article, "name")?.Trim(), Text(article, "headline")?.Trim(), Author(article), Text(article, "datePublished"),
                        article.TryGetProperty("publisher", out var publisher) ? Text(publisher, "name") : null);
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is skipped; the meta tags follow.
            }
        }

        return (null, null, null, null, null);
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
