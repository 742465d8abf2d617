using System.Xml;
using System.Xml.Linq;

namespace NewsReader.Subscriptions;

/// <summary>A feed as an OPML outline names it: its address and title.</summary>
public sealed record OpmlFeed(string FeedUrl, string? Title);

/// <summary>
/// OPML, the file every feed reader imports and exports subscriptions with: outlines with an <c>xmlUrl</c> (at any
/// depth: readers group feeds in folders) are feeds. Read without DTD processing, so a file cannot expand entities or
/// reach out to fetch anything.
/// </summary>
public static class Opml
{
    /// <summary>The feeds the file lists, in order, each address once; InvalidDataException when it is not OPML.</summary>
    public static IReadOnlyList<OpmlFeed> Read(Stream opml)
    {
        ArgumentNullException.ThrowIfNull(opml);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(opml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 20_000_000 });
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"not an OPML file: {ex.Message}", ex);
        }

        if (document.Root?.Name.LocalName != "opml")
        {
            throw new InvalidDataException($"not an OPML file: its root element is <{document.Root?.Name.LocalName}>, not <opml>");
        }

        return document.Root.Descendants().Where(e => e.Name.LocalName == "outline")
            .Select(o => (Url: ((string?)o.Attribute("xmlUrl"))?.Trim(), Title: ((string?)o.Attribute("title") ?? (string?)o.Attribute("text"))?.Trim()))
            .Where(o => Uri.TryCreate(o.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            .Select(o => new OpmlFeed(new Uri(o.Url!).AbsoluteUri, string.IsNullOrWhiteSpace(o.Title) ? null : o.Title))
            .DistinctBy(f => f.FeedUrl, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>OPML 2.0 listing <paramref name="subscriptions"/>.</summary>
    public static string Write(IEnumerable<Subscription> subscriptions, DateTime created)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        var body = new XElement("body", subscriptions.Select(s => new XElement("outline",
            new XAttribute("type", "rss"),
            new XAttribute("text", s.Title ?? s.FeedUrl),
            new XAttribute("title", s.Title ?? s.FeedUrl),
            new XAttribute("xmlUrl", s.FeedUrl))));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"),
                new XElement("head", new XElement("title", "NewsReader subscriptions"), new XElement("dateCreated", created.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
                body));
        using var writer = new Utf8StringWriter();
        document.Save(writer);
        return writer.ToString();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
