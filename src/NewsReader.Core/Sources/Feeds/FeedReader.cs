using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NewsReader.Articles;
using NewsReader.Sources.Html;
using NewsReader.Sources.PlainText;

namespace NewsReader.Sources.Feeds;

/// <summary>
/// Reads the feed formats in use: RSS 0.90, 0.91–0.94, 1.0 (RDF) and 2.0, in or out of a namespace; Atom 0.3 and 1.0,
/// with or without their namespace; and Atom entry documents. Elements are found by name in the feed's own
/// namespace, so an extension's element of the same name is not taken for one of the feed's. The text is decoded
/// as pages are (byte-order mark, served charset, valid UTF-8, the XML declaration, else windows-1252), so legacy
/// encodings and UTF-8 labelled ISO-8859-1 read right. A DOCTYPE is accepted but never processed: no DTD is read,
/// no external entity resolved, no entity it declares expanded (a feed that uses one is refused, saying so); HTML's
/// named character references, which RSS 0.91's DTD declares, are read as the characters they name. Links are made
/// absolute against <c>xml:base</c> and the feed's own address. An item's HTML is read as text only.
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
    private static readonly XNamespace DublinCoreTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XName XmlBase = XNamespace.Xml + "base";

    /// <summary>Reads a feed from its bytes; anything that is not a well-formed RSS or Atom feed is an <see cref="InvalidDataException"/> saying why.</summary>
    public static Feed Read(byte[] content) => Read(content, charset: null, location: null);

    /// <summary>
    /// Reads a feed from its bytes, as served with <paramref name="charset"/> from <paramref name="location"/> (null for
    /// a file), against which relative links are resolved.
    /// </summary>
    public static Feed Read(byte[] content, string? charset, Uri? location)
    {
        ArgumentNullException.ThrowIfNull(content);
        var decoded = PageDecoder.Decode(content, charset);
        if (!decoded.Succeeded)
        {
            throw new InvalidDataException($"not a readable feed: {decoded.Error}");
        }

        var root = Parse(HtmlEntities.AsCharacterReferences(decoded.Value)).Root
            ?? throw new InvalidDataException("not a readable feed: the XML has no root element");
        return root.Name.LocalName switch
        {
            "feed" => ReadAtom(root, root.Elements(root.Name.Namespace + "entry"), location),
            "entry" => ReadAtom(root, [root], location) with { Title = null },
            "rss" or "RDF" => ReadRss(root, location),
            _ => root.Descendants().FirstOrDefault(e => e.Name == Atom + "feed" || e.Name.LocalName == "rss") is { } wrapped
                ? wrapped.Name.LocalName == "rss" ? ReadRss(wrapped, location) : ReadAtom(wrapped, wrapped.Elements(Atom + "entry"), location)
                : throw new InvalidDataException($"not a feed: the XML's root is <{root.Name.LocalName}>, not <rss>, <rdf:RDF>, or Atom's <feed> or <entry>, and it holds no feed"),
        };
    }

    private static XDocument Parse(string text)
    {
        var settings = new XmlReaderSettings
        {
            // A DOCTYPE is skipped, not read: nothing it declares is expanded and nothing it names is fetched.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = ArticleLimits.MaxFileBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex) when (UndeclaredEntity().Match(ex.Message) is { Success: true } entity)
        {
            throw new InvalidDataException($"not a readable feed: it uses the entity &{entity.Groups[1].Value}; that its DTD declares, and DTDs are not processed (they allow entity-expansion attacks)", ex);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"not a readable feed: the XML is malformed ({ex.Message})", ex);
        }
    }

    [GeneratedRegex("undeclared entity '([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex UndeclaredEntity();

    /// <summary>
    /// RSS of any version: the channel's title and link, and its items wherever they stand (RSS 1.0 puts them beside
    /// the channel; an item nested in another, as a sync conflict's copy, is an item too, as feedparser reads it).
    /// </summary>
    private static Feed ReadRss(XElement root, Uri? location)
    {
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var ns = channel?.Name.Namespace ?? root.Name.Namespace;
        var all = root.Descendants().Where(e => e.Name.LocalName == "item" && (e.Name.Namespace == ns || e.Name.Namespace == root.Name.Namespace)).ToList();
        if (channel is null && all.Count == 0)
        {
            throw new InvalidDataException($"not a readable feed: the <{root.Name.LocalName}> holds no channel and no items");
        }

        var entries = all.Take(MaxEntries).Select(item => RssEntry(item, location)).ToList();
        return new Feed(Text(channel?.Element(ns + "title")?.Value), channel is null ? null : LinkOf(channel.Element(ns + "link")?.Value, channel, location), entries) { ItemCount = all.Count };
    }

    private static FeedEntry RssEntry(XElement item, Uri? location)
    {
        var ns = item.Name.Namespace;
        var guid = item.Element(ns + "guid");
        var link = NonBlank(item.Element(ns + "link")?.Value) ?? (string?)item.Element(ns + "link")?.Attribute("href")
            ?? (guid is not null && (string?)guid.Attribute("isPermaLink") != "false" ? guid.Value : null)
            ;
        var html = new[] { item.Element(Content + "encoded")?.Value, item.Element(ns + "description")?.Value }
            .Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => HtmlArticleExtractor.FragmentParagraphs(b!));
        return Entry(
            Text(item.Element(ns + "title")?.Value ?? item.Element(DublinCore + "title")?.Value ?? MediaTitle(item)),
            LinkOf(link, item, location) ?? AlternateLink(item, Atom, location),
            FirstDate(item.Element(ns + "pubDate"), item.Element(DublinCore + "date"), item.Element(DublinCoreTerms + "issued"), item.Element(Atom + "published"),
                item.Element(DublinCoreTerms + "created"), item.Element(Atom + "updated"), item.Element(ns + "updated"), item.Element(DublinCoreTerms + "modified")),
            Text(item.Element(DublinCore + "creator")?.Value ?? item.Element(ns + "author")?.Value),
            html.Append(MediaText(item, "description")).OfType<IReadOnlyList<string>>());
    }

    /// <summary>Atom 1.0 or 0.3, or a lone entry: titles, links, dates and bodies from the entry's own namespace.</summary>
    private static Feed ReadAtom(XElement feed, IEnumerable<XElement> entryElements, Uri? location)
    {
        var ns = feed.Name.Namespace;
        var all = entryElements.ToList();
        var entries = all.Take(MaxEntries).Select(entry => Entry(
            AtomText(entry.Element(ns + "title")) is { } title ? string.Join(' ', title) : MediaTitle(entry),
            AlternateLink(entry, ns, location) ?? WebAddress(entry.Element(ns + "id")?.Value),
            FirstDate(entry.Element(ns + "published"), entry.Element(ns + "issued"), entry.Element(ns + "created"), entry.Element(ns + "updated"), entry.Element(ns + "modified")),
            Text(entry.Element(ns + "author")?.Element(ns + "name")?.Value),
            new[] { AtomText(entry.Element(ns + "content")), AtomText(entry.Element(ns + "summary")), MediaText(entry, "description") }.OfType<IReadOnlyList<string>>()))
            .ToList();
        var feedTitle = AtomText(feed.Element(ns + "title"));
        return new Feed(feedTitle is null ? null : string.Join(' ', feedTitle), AlternateLink(feed, ns, location), entries) { ItemCount = all.Count };
    }

    /// <summary>The richest of an item's bodies (content beats a teaser): full text when long enough.</summary>
    private static FeedEntry Entry(string? title, Uri? link, DateTime? published, string? author, IEnumerable<IReadOnlyList<string>> bodies)
    {
        var paragraphs = bodies.MaxBy(WordCount) ?? [];
        return new FeedEntry(title, link, published, author, paragraphs, WordCount(paragraphs) >= FullTextWords);
    }

    /// <summary>The first of the dates given that reads as one.</summary>
    private static DateTime? FirstDate(params XElement?[] candidates) =>
        candidates.Select(c => FeedDates.Parse(c?.Value)).FirstOrDefault(d => d is not null);

    /// <summary>
    /// An Atom text construct as text blocks, by its type: "text" as is, "html" escaped markup, "xhtml" inline markup
    /// (Atom 0.3 names MIME types, and says by <c>mode</c> whether markup is escaped, inline or base64). Text without a
    /// type that holds HTML elements is read as HTML, as feed readers do: feeds in the wild put HTML there.
    /// </summary>
    private static IReadOnlyList<string>? AtomText(XElement? element)
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
    private static IReadOnlyList<string>? MediaText(XElement item, string name)
    {
        var element = item.Element(Media + name)
            ?? item.Elements(Media + "group").Concat(item.Elements(Media + "content")).Concat(item.Elements(Media + "group").Elements(Media + "content"))
                .Select(e => e.Element(Media + name)).FirstOrDefault(e => e is not null);
        if (element is null || string.IsNullOrWhiteSpace(element.Value))
        {
            return null;
        }

        return (string?)element.Attribute("type") == "html"
            ? HtmlArticleExtractor.FragmentParagraphs(element.Value)
            : element.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Spacing.Collapse).Where(p => p.Length > 0).ToList();
    }

    /// <summary>An absolute web address as given (an entry's id may be its permalink), else null.</summary>
    private static Uri? WebAddress(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? MediaTitle(XElement item) => MediaText(item, "title") is [var first, ..] ? first : null;

    private static bool IsAlternate(XElement link) => (string?)link.Attribute("rel") is null or "alternate";

    /// <summary>
    /// An element's alternate Atom link (a link with no rel is one) that is a web address, made absolute: an HTML one
    /// first, where an entry offers the same page in several forms (gemini:, gopher:, text/html).
    /// </summary>
    private static Uri? AlternateLink(XElement element, XNamespace ns, Uri? location) =>
        element.Elements(ns + "link").Where(IsAlternate)
            .OrderBy(l => (string?)l.Attribute("type") is "text/html" ? 0 : 1)
            .Select(l => LinkOf(l.Attribute("href")?.Value, l, location))
            .FirstOrDefault(uri => uri is not null);

    /// <summary>
    /// A link made absolute: against the <c>xml:base</c> in force at <paramref name="at"/> (each resolved against the
    /// one above it), and the feed's address; null when it is not a web address or cannot be made absolute.
    /// </summary>
    private static Uri? LinkOf(string? value, XElement at, Uri? location)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var baseUri = location;
        foreach (var declared in at.AncestorsAndSelf().Reverse().Select(e => (string?)e.Attribute(XmlBase)).OfType<string>())
        {
            baseUri = baseUri is null
                ? Uri.TryCreate(declared.Trim(), UriKind.Absolute, out var absolute) ? absolute : null
                : Uri.TryCreate(baseUri, declared.Trim(), out var resolved) ? resolved : baseUri;
        }

        var link = value.Trim();
        var uri = WebAddress(link)
            ?? (baseUri is not null && Uri.TryCreate(baseUri, link, out var relative) ? relative : null);
        return uri?.Scheme is "http" or "https" ? uri : null;
    }

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
