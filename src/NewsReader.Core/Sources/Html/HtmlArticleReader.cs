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
    /// Reads a page; its outlet is the site it names, else the host it was fetched from. A page with no headline, no
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

        var outlet = page.SiteName ?? HostName(url);
        return Result<ParsedArticle>.Success(new ParsedArticle(page.Title!, outlet, page.Published, page.Paragraphs, []));
    }

    /// <summary>"www.example.com" as "example.com".</summary>
    internal static string? HostName(Uri? url) =>
        url is { IsAbsoluteUri: true, HostNameType: UriHostNameType.Dns } ? (url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host) : null;

    private static Result<ExtractedArticle> Extract(string html)
    {
        var depth = HtmlNesting.DepthOf(html);
        return depth > HtmlNesting.MaxDepth
            ? Result<ExtractedArticle>.Failure($"not an article: its HTML nests {depth:N0} elements deep (the limit is {HtmlNesting.MaxDepth:N0})")
            : Result<ExtractedArticle>.Success(HtmlArticleExtractor.Extract(html));
    }
}
