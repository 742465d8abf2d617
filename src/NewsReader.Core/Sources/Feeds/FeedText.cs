using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NewsReader.Sources.Html;

namespace NewsReader.Sources.Feeds;

/// <summary>
/// The text a feed carries, read as a reader sees it: a title or name as plain text, an Atom text construct by its
/// type (text, escaped HTML, inline XHTML; Atom 0.3's modes), and Media RSS titles and descriptions, as text blocks.
/// </summary>
internal static partial class FeedText
{
    private static readonly XNamespace MediaRss = "http://search.yahoo.com/mrss/";

    /// <summary>
    /// A title or name as plain text: tags taken out (inline ones without a space), character references decoded.
    /// Never parsed as an HTML document, where a tag such as &lt;title&gt; or &lt;script&gt; would hold all the text
    /// after it and the rest of the title would be lost.
    /// </summary>
    public static string? Plain(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Contains('<') ? Tag().Replace(value, m => InlineTags.Contains(m.Groups["name"].Value) ? "" : " ") : value;
        text = Spacing.Collapse(text.Contains('&') ? System.Net.WebUtility.HtmlDecode(text) : text);
        return text.Length == 0 ? null : text;
    }

    private static readonly HashSet<string> InlineTags = new(
        ["a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "u"],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"</?(?<name>[A-Za-z][A-Za-z0-9]*)\b[^<>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1_000)]
    private static partial Regex Tag();

    /// <summary>
    /// An Atom text construct as text blocks, by its type: "text" as is, "html" escaped markup, "xhtml" inline markup
    /// (Atom 0.3 names MIME types, and says by <c>mode</c> whether markup is escaped, inline or base64). Text without a
    /// type that holds HTML elements is read as HTML, as feed readers do: feeds in the wild put HTML there.
    /// </summary>
    public static IReadOnlyList<string>? Construct(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant();
        var mode = ((string?)element.Attribute("mode"))?.Trim().ToLowerInvariant();
        var value = mode == "base64" ? DecodeBase64(element.Value) : element.Value;
        var inline = type is "xhtml" or "application/xhtml+xml" || (mode == "xml" && element.HasElements) || (type is null && element.HasElements);
        IReadOnlyList<string> blocks =
            inline ? HtmlArticleExtractor.FragmentParagraphs(InlineMarkup(element))
            : type is "html" or "text/html" || mode == "escaped" || (type is null or "text" && LooksLikeHtml(value) && element.Attribute("type") is null)
                ? HtmlArticleExtractor.FragmentParagraphs(value)
                : value.Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Spacing.Collapse).Where(p => p.Length > 0).ToList();
        return blocks.Count == 0 ? null : blocks;
    }

    private static string DecodeBase64(string value)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            return "";
        }
    }

    /// <summary>
    /// Inline XHTML as HTML source: an element with no content is written with its end tag, so that a self-closing
    /// &lt;iframe/&gt; or &lt;div/&gt; does not, read as HTML, swallow what follows it; void elements stay as they are.
    /// </summary>
    private static string InlineMarkup(XElement element)
    {
        string markup;
        try
        {
            markup = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        }
        catch (XmlException)
        {
            // Namespaces the markup cannot be written back with (a prefix bound twice): its text alone.
            return System.Net.WebUtility.HtmlEncode(element.Value);
        }

        return SelfClosed().Replace(markup, m => VoidElements.Contains(m.Groups["name"].Value) ? m.Value : $"<{m.Groups["name"].Value}{m.Groups["attributes"].Value}></{m.Groups["name"].Value}>");
    }

    [GeneratedRegex(@"<(?<name>[A-Za-z][\w:.\-]*)(?<attributes>\s[^<>]*?)?\s*/>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1_000)]
    private static partial Regex SelfClosed();

    private static readonly HashSet<string> VoidElements = new(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether text holds HTML elements (a paragraph, a break, a link…), not merely a "&lt;" in prose.</summary>
    private static bool LooksLikeHtml(string value) => value.Contains('<') && HtmlElement().IsMatch(value);

    [GeneratedRegex(@"</?(p|br|a|div|span|em|strong|b|i|img|ul|ol|li|blockquote|h[1-6]|table|tr|td|pre|code|figure|iframe)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1_000)]
    private static partial Regex HtmlElement();

    /// <summary>Media RSS text (<c>media:title</c>, <c>media:description</c>), on the item, its content or its group.</summary>
    public static IReadOnlyList<string>? Media(XElement item, string name)
    {
        var element = item.Element(MediaRss + name)
            ?? item.Elements(MediaRss + "group").Concat(item.Elements(MediaRss + "content")).Concat(item.Elements(MediaRss + "group").Elements(MediaRss + "content"))
                .Select(e => e.Element(MediaRss + name)).FirstOrDefault(e => e is not null);
        if (element is null || string.IsNullOrWhiteSpace(element.Value))
        {
            return null;
        }

        return (string?)element.Attribute("type") == "html"
            ? HtmlArticleExtractor.FragmentParagraphs(element.Value)
            : element.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Spacing.Collapse).Where(p => p.Length > 0).ToList();
    }

    public static string? MediaTitle(XElement item) => Media(item, "title") is [var first, ..] ? first : null;
}
