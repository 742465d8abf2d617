using AngleSharp.Html.Parser;

namespace NewsReader.Extraction;

/// <summary>
/// Reads an HTML page into an article: metadata first (<see cref="PageMetadata"/>, before anything is removed), then
/// the main content (<see cref="MainContent"/>). The page's HTML is never kept: only its text comes out.
/// </summary>
public static class HtmlArticleExtractor
{
    static HtmlArticleExtractor() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static ExtractedArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Extract(new HtmlParser().ParseDocument(html));
    }

    /// <summary>
    /// Reads a page from its bytes: the character set from a byte-order mark or the page's own meta charset, legacy
    /// encodings (windows-1252, ISO-8859-x, Shift_JIS…) included.
    /// </summary>
    public static ExtractedArticle Extract(Stream html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Extract(new HtmlParser().ParseDocument(html));
    }

    private static ExtractedArticle Extract(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var (title, byline, published, site) = PageMetadata.Read(document);
        var paragraphs = MainContent.Extract(document);
        return new ExtractedArticle(title, byline, published, site, paragraphs);
    }
}
