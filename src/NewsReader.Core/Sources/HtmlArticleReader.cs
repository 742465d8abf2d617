using NewsReader.Articles;
using NewsReader.Extraction;

namespace NewsReader.Sources;

/// <summary>A web page as an article: its main content and metadata (<see cref="HtmlArticleExtractor"/>), checked.</summary>
public static class HtmlArticleReader
{
    /// <summary>A page none of whose paragraphs reads as English sentences (Chinese, say) needs this much text.</summary>
    private const int MinLettersWithoutSentences = 200;

    /// <summary>
    /// Reads a page; its outlet is the site it names, else the host it was fetched from. A page with no headline, no
    /// prose, or nested too deep to be an article is refused with the reason.
    /// </summary>
    public static ParseResult Read(string html, Uri? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = HtmlNesting.DepthOf(html);
        if (depth > HtmlNesting.MaxDepth)
        {
            return ParseResult.Failure($"not an article: its HTML nests {depth:N0} elements deep (the limit is {HtmlNesting.MaxDepth:N0})");
        }

        var page = HtmlArticleExtractor.Extract(html);
        if (ArticleLimits.TitleProblem(page.Title) is { } problem)
        {
            return ParseResult.Failure(string.IsNullOrWhiteSpace(page.Title) ? "no title: the page has no headline or <title>" : problem);
        }

        if (!page.Paragraphs.Any(LineShape.IsProse) && page.Paragraphs.Sum(p => p.Count(char.IsLetter)) < MinLettersWithoutSentences)
        {
            return ParseResult.Failure("no article body: the page has no paragraph of sentences");
        }

        var outlet = page.SiteName ?? HostName(url);
        return ParseResult.Success(new ParsedArticle(page.Title!, outlet, page.Published, page.Paragraphs, []));
    }

    /// <summary>"www.example.com" as "example.com".</summary>
    internal static string? HostName(Uri? url) =>
        url is { IsAbsoluteUri: true, HostNameType: UriHostNameType.Dns } ? (url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host) : null;
}
