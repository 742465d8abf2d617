using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using NewsReader.TestSupport;
using Xunit.Abstractions;

namespace NewsReader.Sources.Html;

/// <summary>
/// Issue 6's extraction measure on ../shared/data/readability-test-pages (Mozilla Readability's 129 test pages): body
/// F1 over 4-word shingles of \w+ tokens against the text of expected.html (per page precision and recall of the
/// shingle multisets, averaged over pages, then F1), title exact match, and byline and published time where the
/// expected metadata has them. The targets are F1 0.96 (issue 16; 0.95 before) and titles 90%, both gated; bylines (compared by the
/// name they give: without a leading "By", spaces collapsed and a date after the name set aside, as the expected ones
/// are Readability.js's raw reading, which keeps a date beside the name where it could not part them) and
/// publication times are gated just under their measured share, so a regression fails.
/// </summary>
public sealed partial class ReadabilityPagesTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"^(by|par|por|von|door|di)\s+|\s+(?=\s)", RegexOptions.IgnoreCase)]
    private static partial Regex BylineNoise();

    private static string Byline(string? byline) => BylineNoise().Replace(Regex.Replace(byline ?? "", @"\s+", " ").Trim(), "").ToLowerInvariant();

    // A date from its first day-and-month or month-and-day to the end: "march 25, 2015", "22 dec 2016651".
    [GeneratedRegex(@"\s*(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b).*$")]
    private static partial Regex DateToEnd();

    /// <summary>The name a byline gives: <see cref="Byline"/> without a date after it (Readability's expected bylines keep one where its own reading did).</summary>
    private static string BylineName(string? byline) => DateToEnd().Replace(Byline(byline), "").Trim(' ', ',', '|', '·', '-', '—');

    [SharedDataFact]
    public void Pages_are_extracted_at_the_measured_quality()
    {
        var folder = Path.Combine(RepositoryPaths.Shared!, "data", "readability-test-pages", "test-pages");
        double precisionSum = 0, recallSum = 0;
        int pages = 0, titles = 0, bylines = 0, bylinesRight = 0, bylinesAlike = 0, bylineNames = 0, times = 0, timesRight = 0;
        var worst = new List<(string Page, double F1)>();
        foreach (var page in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var extracted = HtmlArticleExtractor.Extract(File.ReadAllText(Path.Combine(page, "source.html")));
            var expectedText = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(page, "expected.html"))).Body?.TextContent ?? "";
            var (precision, recall) = ShingleOverlap.Of(extracted.Text, expectedText);
            precisionSum += precision;
            recallSum += recall;
            pages++;
            worst.Add((Path.GetFileName(page), precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)));

            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(page, "expected-metadata.json")));
            var root = metadata.RootElement;
            // A page without a title expects "", which a missing title (null) is.
            titles += root.TryGetProperty("title", out var title) && (title.GetString() ?? "") == (extracted.Title ?? "") ? 1 : 0;
            if (root.TryGetProperty("byline", out var byline) && byline.ValueKind == JsonValueKind.String)
            {
                bylines++;
                bylinesRight += byline.GetString() == extracted.Byline ? 1 : 0;
                bylinesAlike += Byline(byline.GetString()) == Byline(extracted.Byline) ? 1 : 0;
                bylineNames += BylineName(byline.GetString()) == BylineName(extracted.Byline) ? 1 : 0;
            }

            if (root.TryGetProperty("publishedTime", out var published) && published.ValueKind == JsonValueKind.String)
            {
                times++;
                timesRight += DateTimeOffset.TryParse(published.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
                    && time.UtcDateTime == extracted.Published ? 1 : 0;
            }
        }

        var p = precisionSum / pages;
        var r = recallSum / pages;
        var f1 = 2 * p * r / (p + r);
        output.WriteLine($"{pages} pages: body precision {p:F4}, recall {r:F4}, F1 {f1:F4}; titles {titles}/{pages}; bylines {bylinesRight}/{bylines} exact, {bylinesAlike}/{bylines} without a leading By, {bylineNames}/{bylines} naming the same person (dates aside); published {timesRight}/{times}");
        output.WriteLine("lowest: " + string.Join(", ", worst.OrderBy(w => w.F1).Take(12).Select(w => $"{w.Page} {w.F1:F2}")));
        f1.Should().BeGreaterThanOrEqualTo(0.96);
        ((double)titles / pages).Should().BeGreaterThanOrEqualTo(0.90);
        ((double)bylineNames / bylines).Should().BeGreaterThanOrEqualTo(0.85);
        ((double)timesRight / times).Should().BeGreaterThanOrEqualTo(0.90);
    }
}
