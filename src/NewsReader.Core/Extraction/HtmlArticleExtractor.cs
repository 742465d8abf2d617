using AngleSharp.Html.Parser;

namespace NewsReader.Extraction;

/// <summary>
/// Reads an HTML page into an article: metadata first (<see cref="PageMetadata"/>, before anything is removed), then
/// the main content (<see cref="MainContent"/>). The page's HTML is never kept: only its text comes out.
/// </summary>
public static class HtmlArticleExtractor
{
    public static ExtractedArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var (title, byline, published, site) = PageMetadata.Read(document);
        var paragraphs = MainContent.Extract(document);
        return new ExtractedArticle(title, byline, published, site, paragraphs);
    }
}
