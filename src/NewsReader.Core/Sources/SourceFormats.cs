using System.Text;

namespace NewsReader.Sources;

/// <summary>Tells which <see cref="SourceFormat"/> a source is: from its media type, its file name, then its first bytes.</summary>
public static class SourceFormats
{
    private static readonly Dictionary<string, SourceFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = SourceFormat.PlainText,
        [".text"] = SourceFormat.PlainText,
        [".html"] = SourceFormat.Html,
        [".htm"] = SourceFormat.Html,
        [".xhtml"] = SourceFormat.Html,
        [".md"] = SourceFormat.Markdown,
        [".markdown"] = SourceFormat.Markdown,
        [".xml"] = SourceFormat.Feed,
        [".rss"] = SourceFormat.Feed,
        [".atom"] = SourceFormat.Feed,
    };

    private static readonly Dictionary<string, SourceFormat> ByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/html"] = SourceFormat.Html,
        ["application/xhtml+xml"] = SourceFormat.Html,
        ["text/markdown"] = SourceFormat.Markdown,
        ["text/x-markdown"] = SourceFormat.Markdown,
        ["application/rss+xml"] = SourceFormat.Feed,
        ["application/atom+xml"] = SourceFormat.Feed,
        ["application/xml"] = SourceFormat.Feed,
        ["text/xml"] = SourceFormat.Feed,
        ["text/plain"] = SourceFormat.PlainText,
    };

    /// <summary>The file extensions a folder walk picks up.</summary>
    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    public static bool IsSupportedMediaType(string? mediaType) => mediaType is not null && ByMediaType.ContainsKey(mediaType);

    /// <summary>
    /// A served media type says what a fetched body is, except the generic ones (text/plain, XML) that servers use for
    /// anything, which the name and the content decide; a file's extension says what it is; failing both, the content.
    /// </summary>
    public static SourceFormat Detect(string name, string? mediaType, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sniffed = Sniff(content);
        if (mediaType is not null && ByMediaType.TryGetValue(mediaType, out var served))
        {
            return served is SourceFormat.Html or SourceFormat.Markdown || sniffed is null ? served : sniffed.Value;
        }

        var extension = Path.GetExtension(StripQuery(name));
        return ByExtension.TryGetValue(extension, out var format) ? format : sniffed ?? SourceFormat.PlainText;
    }

    /// <summary>What the first kilobyte looks like: an RSS or Atom root, an HTML document, or nothing telling.</summary>
    private static SourceFormat? Sniff(ReadOnlySpan<byte> content)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
        {
            return SourceFormat.Feed;
        }

        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            ? SourceFormat.Html
            : null;
    }

    private static string StripQuery(string name)
    {
        var cut = name.IndexOfAny(['?', '#']);
        return cut < 0 ? name : name[..cut];
    }
}
