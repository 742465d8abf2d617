using AngleSharp.Html.Parser;

namespace NewsReader.Extraction;

/// <summary>
/// Reads an HTML page into an article: metadata first (<see cref="PageMetadata"/>, before anything is removed), then
/// the main content (<see cref="MainContent"/>). The page's HTML is never kept: only its text comes out.
/// </summary>
public static class HtmlArticleExtractor
{
    /// <summary>What the extractor never reads (source positions, comments) is not recorded while parsing.</summary>
    internal static readonly HtmlParserOptions Options = new() { DisableElementPositionTracking = true, SkipComments = true };

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
