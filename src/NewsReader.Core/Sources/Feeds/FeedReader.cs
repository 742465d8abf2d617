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
        return new Feed(FeedText.Plain(channel?.Element(ns + "title")?.Value), channel is null ? null : LinkOf(channel.Element(ns + "link")?.Value, channel, location), entries) { ItemCount = all.Count };
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
            NonBlank(guid?.Value)?.Trim(),
            FeedText.Plain(item.Element(ns + "title")?.Value ?? item.Element(DublinCore + "title")?.Value ?? FeedText.MediaTitle(item)),
            LinkOf(link, item, location) ?? AlternateLink(item, Atom, location),
            FirstDate(item.Element(ns + "pubDate"), item.Element(DublinCore + "date"), item.Element(DublinCoreTerms + "issued"), item.Element(Atom + "published"),
                item.Element(DublinCoreTerms + "created"), item.Element(Atom + "updated"), item.Element(ns + "updated"), item.Element(DublinCoreTerms + "modified")),
            FeedText.Plain(item.Element(DublinCore + "creator")?.Value ?? item.Element(ns + "author")?.Value),
            html.Append(FeedText.Media(item, "description")).OfType<IReadOnlyList<string>>());
    }

    /// <summary>Atom 1.0 or 0.3, or a lone entry: titles, links, dates and bodies from the entry's own namespace.</summary>
    private static Feed ReadAtom(XElement feed, IEnumerable<XElement> entryElements, Uri? location)
    {
        var ns = feed.Name.Namespace;
        var all = entryElements.ToList();
        var entries = all.Take(MaxEntries).Select(entry => Entry(
            NonBlank(entry.Element(ns + "id")?.Value)?.Trim(),
            FeedText.Construct(entry.Element(ns + "title")) is { } title ? string.Join(' ', title) : FeedText.MediaTitle(entry),
            AlternateLink(entry, ns, location) ?? WebAddress(entry.Element(ns + "id")?.Value),
            FirstDate(entry.Element(ns + "published"), entry.Element(ns + "issued"), entry.Element(ns + "created"), entry.Element(ns + "updated"), entry.Element(ns + "modified")),
            FeedText.Plain(entry.Element(ns + "author")?.Element(ns + "name")?.Value),
            new[] { FeedText.Construct(entry.Element(ns + "content")), FeedText.Construct(entry.Element(ns + "summary")), FeedText.Media(entry, "description") }.OfType<IReadOnlyList<string>>()))
            .ToList();
        var feedTitle = FeedText.Construct(feed.Element(ns + "title"));
        return new Feed(feedTitle is null ? null : string.Join(' ', feedTitle), AlternateLink(feed, ns, location), entries) { ItemCount = all.Count };
    }

    /// <summary>The richest of an item's bodies (content beats a teaser): full text when long enough.</summary>
    private static FeedEntry Entry(string? id, string? title, Uri? link, DateTime? published, string? author, IEnumerable<IReadOnlyList<string>> bodies)
    {
        var paragraphs = bodies.MaxBy(WordCount) ?? [];
        return new FeedEntry(title, link, published, author, paragraphs, WordCount(paragraphs) >= FullTextWords) { Id = id };
    }

    /// <summary>The first of the dates given that reads as one.</summary>
    private static DateTime? FirstDate(params XElement?[] candidates) =>
        candidates.Select(c => FeedDates.Parse(c?.Value)).FirstOrDefault(d => d is not null);

    /// <summary>An absolute web address as given (an entry's id may be its permalink), else null.</summary>
    private static Uri? WebAddress(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

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

    private static int WordCount(IReadOnlyList<string> paragraphs) => paragraphs.Sum(LineShape.WordCount);
}
