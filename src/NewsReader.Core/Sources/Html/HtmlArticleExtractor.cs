using NewsReader.Sources.Html.Markup;

namespace NewsReader.Sources.Html;

/// <summary>
/// Reads an HTML page into an article: metadata first (<see cref="PageMetadata"/>, before anything is removed), then
/// the main content (<see cref="MainContent"/>). The page's HTML is never kept: only its text comes out.
/// </summary>
public static class HtmlArticleExtractor
{
    public static ExtractedArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = MarkupDocument.Parse(html);
        var (title, byline, published, site, url) = PageMetadata.Read(document);
        var paragraphs = MainContent.Extract(document);
        return new ExtractedArticle(title, byline, published, site, paragraphs) { Url = url };
    }

    /// <summary>The text blocks of an HTML fragment, such as a feed item's content, all of it taken as article.</summary>
    public static IReadOnlyList<string> FragmentParagraphs(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return TextBlocks.OfFragment(MarkupDocument.Parse("<!DOCTYPE html><html><body>" + html + "</body></html>"));
    }
}
