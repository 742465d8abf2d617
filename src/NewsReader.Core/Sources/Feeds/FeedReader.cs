using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NewsReader.Articles;
using NewsReader.Sources.Html;
using NewsReader.Sources.PlainText;

namespace NewsReader.Sources.Feeds;

/// <summary>
/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom 1.0 feeds. The XML is parsed with DTDs prohibited (no entity expansion,
/// no external resolution) and its size bounded; an item's HTML content is read as text only.
/// </summary>
public static partial class FeedReader
{
    /// <summary>An item carrying at least this many words is taken as the whole article, not a teaser.</summary>
    public const int FullTextWords = 100;

    /// <summary>At most this many items are read from one feed.</summary>
    public const int MaxEntries = 1_000;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    /// <summary>Reads a feed from its bytes; anything that is not a well-formed, DTD-free RSS or Atom feed is an <see cref="InvalidDataException"/> saying why.</summary>
    public static Feed Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = ArticleLimits.MaxFileBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException("not a readable feed: it declares a DTD, and DTDs are refused (they allow entity-expansion attacks)", ex);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"not a readable feed: the XML is malformed ({ex.Message})", ex);
        }

        var root = document.Root ?? throw new InvalidDataException("not a readable feed: the XML has no root element");
        return root.Name == Atom + "feed" ? ReadAtom(root)
            : root.Name.LocalName == "rss" ? ReadRss(root.Element("channel") ?? throw new InvalidDataException("not a readable feed: the RSS has no <channel>"), root.Element("channel")!.Elements("item"))
            : root.Name.LocalName == "RDF" ? ReadRss(root.Element(Rss1 + "channel") ?? root, root.Elements(Rss1 + "item"))
            : throw new InvalidDataException($"not a feed: the XML's root is <{root.Name.LocalName}>, not <rss> or Atom's <feed>");
    }

    private static Feed ReadRss(XElement channel, IEnumerable<XElement> items)
    {
        var ns = channel.Name.Namespace;
        var all = items.ToList();
        var entries = all.Take(MaxEntries).Select(item =>
        {
            var bodies = new[] { item.Element(Content + "encoded")?.Value, item.Element(item.Name.Namespace + "description")?.Value };
            return Entry(
                Text(item.Element(item.Name.Namespace + "title")?.Value),
                LinkOf(item.Element(item.Name.Namespace + "link")?.Value ?? (item.Element("guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false" ? guid.Value : null)),
                FeedDates.Parse(item.Element("pubDate")?.Value ?? item.Element(DublinCore + "date")?.Value),
                Text(item.Element(DublinCore + "creator")?.Value ?? item.Element("author")?.Value),
                bodies.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => HtmlArticleExtractor.FragmentParagraphs(b!)));
        }).ToList();
        return new Feed(Text(channel.Element(ns + "title")?.Value), LinkOf(channel.Element(ns + "link")?.Value), entries) { ItemCount = all.Count };
    }

    private static Feed ReadAtom(XElement feed)
    {
        var all = feed.Elements(Atom + "entry").ToList();
        var entries = all.Take(MaxEntries).Select(entry => Entry(
            AtomText(entry.Element(Atom + "title")) is { } title ? string.Join(' ', title) : null,
            AtomLink(entry),
            FeedDates.Parse(entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value),
            Text(entry.Element(Atom + "author")?.Element(Atom + "name")?.Value),
            new[] { AtomText(entry.Element(Atom + "content")), AtomText(entry.Element(Atom + "summary")) }.OfType<IReadOnlyList<string>>()))
            .ToList();
        var title = AtomText(feed.Element(Atom + "title"));
        return new Feed(title is null ? null : string.Join(' ', title), AtomLink(feed), entries) { ItemCount = all.Count };
    }

    /// <summary>The richest of an item's bodies (content beats a teaser): full text when long enough.</summary>
    private static FeedEntry Entry(string? title, Uri? link, DateTime? published, string? author, IEnumerable<IReadOnlyList<string>> bodies)
    {
        var paragraphs = bodies.MaxBy(WordCount) ?? [];
        return new FeedEntry(title, link, published, author, paragraphs, WordCount(paragraphs) >= FullTextWords);
    }

    /// <summary>An Atom text construct: type="text" as is, "html" escaped markup, "xhtml" inline markup; as text blocks.</summary>
    private static IReadOnlyList<string>? AtomText(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = (string?)element.Attribute("type") ?? "text";
        IReadOnlyList<string> blocks = type switch
        {
            "html" or "text/html" => HtmlArticleExtractor.FragmentParagraphs(element.Value),
            "xhtml" or "application/xhtml+xml" => HtmlArticleExtractor.FragmentParagraphs(string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))),
            _ => element.Value.Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Spacing.Collapse).Where(p => p.Length > 0).ToList(),
        };
        return blocks.Count == 0 ? null : blocks;
    }

    private static Uri? AtomLink(XElement element) =>
        LinkOf(element.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value);

    private static Uri? LinkOf(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    /// <summary>
    /// A title or name as plain text: tags taken out (inline ones without a space), character references decoded.
    /// Never parsed as an HTML document, where a tag such as &lt;title&gt; or &lt;script&gt; would hold all the text
    /// after it and the rest of the title would be lost.
    /// </summary>
    private static string? Text(string? value)
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

    private static int WordCount(IReadOnlyList<string> paragraphs) => paragraphs.Sum(LineShape.WordCount);
}
