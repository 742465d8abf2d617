using NewsReader.Articles;
using NewsReader.Sources.PlainText;

namespace NewsReader.Sources.Html;

/// <summary>A web page as an article: its main content and metadata (<see cref="HtmlArticleExtractor"/>), checked.</summary>
public static class HtmlArticleReader
{
    /// <summary>A page none of whose paragraphs reads as English sentences (Chinese, say) needs this much text.</summary>
    private const int MinLettersWithoutSentences = 200;

    /// <summary>
    /// A saved or fetched page's main content and metadata as extracted, with no judgement of whether it is an
    /// article: the page decoded (<see cref="PageDecoder"/>), and refused only when it is not text or nests too deep.
    /// </summary>
    public static Result<ExtractedArticle> Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = PageDecoder.Decode(document.Content, document.Charset);
        return html.Succeeded ? Extract(html.Value) : Result<ExtractedArticle>.Failure(html.Error);
    }

    /// <summary>
    /// Reads a page; its address is the one it gives itself, else the one it was fetched from, and its outlet the site
    /// it names, else that address's host. A page with no headline, no
    /// prose, or nested too deep to be an article is refused with the reason.
    /// </summary>
    public static Result<ParsedArticle> Read(string html, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        var extracted = Extract(html);
        if (!extracted.Succeeded)
        {
            return Result<ParsedArticle>.Failure(extracted.Error);
        }

        var page = extracted.Value;
        if (ArticleLimits.TitleProblem(page.Title) is { } problem)
        {
            return Result<ParsedArticle>.Failure(string.IsNullOrWhiteSpace(page.Title) ? "no title: the page has no headline or <title>" : problem);
        }

        if (!page.Paragraphs.Any(LineShape.IsProse) && page.Paragraphs.Sum(p => p.Count(char.IsLetter)) < MinLettersWithoutSentences)
        {
            return Result<ParsedArticle>.Failure("no article body: the page has no paragraph of sentences");
        }

        var address = page.Url ?? url;
        var outlet = page.SiteName ?? ArticleOrigin.SiteOf(address);
        return Result<ParsedArticle>.Success(new ParsedArticle(page.Title!, outlet, page.Published, page.Paragraphs, []) { Url = address, Byline = page.Byline });
    }

    private static Result<ExtractedArticle> Extract(string html)
    {
        var depth = HtmlNesting.DepthOf(html);
        return depth > HtmlNesting.MaxDepth
            ? Result<ExtractedArticle>.Failure($"not an article: its HTML nests {depth:N0} elements deep (the limit is {HtmlNesting.MaxDepth:N0})")
            : Result<ExtractedArticle>.Success(HtmlArticleExtractor.Extract(html));
    }
}
