using AngleSharp.Html.Parser;

namespace NewsReader.Extraction;

/// <summary>
/// Reads an HTML page into an article: metadata first (<see cref="PageMetadata"/>, before anything is removed), then
/// the main content (<see cref="MainContent"/>). The page's HTML is never kept: only its text comes out.
/// </summary>
public static class HtmlArticleExtractor
{
    /// <summary>The only attributes metadata and content extraction read; the parser keeps no others.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "role", "style", "hidden", "aria-hidden", "rel", "itemprop", "property", "name", "content", "type", "datetime",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// What the extractor never reads (source positions, comments, attributes such as href, src or data-*) is not
    /// recorded while parsing: building attribute maps is a third of the parser's time.
    /// </summary>
    internal static readonly HtmlParserOptions Options = new()
    {
        DisableElementPositionTracking = true,
        SkipComments = true,
        ShouldEmitAttribute = (ref _, name) => ReadAttributes.Contains(name.Span),
    };

    public static ExtractedArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Extract(new HtmlParser(Options).ParseDocument(HtmlPrefilter.Strip(html)));
    }

    /// <summary>The text blocks of an HTML fragment, such as a feed item's content, all of it taken as article.</summary>
    public static IReadOnlyList<string> FragmentParagraphs(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return MainContent.FragmentBlocks(new HtmlParser(Options).ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>"));
    }

    private static ExtractedArticle Extract(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var (title, byline, published, site) = PageMetadata.Read(document);
        var paragraphs = MainContent.Extract(document);
        return new ExtractedArticle(title, byline, published, site, paragraphs);
    }
}
