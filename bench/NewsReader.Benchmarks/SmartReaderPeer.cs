using System.Diagnostics;
using AngleSharp.Html.Parser;
using NewsReader.Sources.Html;
using NewsReader.TestSupport;

namespace NewsReader.Benchmarks;

/// <summary>
/// `--smartreader`: SmartReader (a C# port of Readability.js, the same runtime as ours) beside our extractor on
/// Readability's 129 test pages, each read from its string: body F1 of both by the gate's scorer
/// (<see cref="ShingleOverlap"/>), then SmartReader's speed (one warm-up pass, three timed passes, the median).
/// Pin the process to one core with taskset to measure one core, as bench/extraction-peer.sh does.
/// </summary>
internal static class SmartReaderPeer
{
    private static readonly Uri PageAddress = new("https://example.org/article");

    public static void Run()
    {
        var folder = Path.Combine(Path.GetDirectoryName(TaggingCorpus.FindShared("data/readability-test-pages/LICENSE.md"))!, "test-pages");
        var pages = Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
            .Select(page => (Source: File.ReadAllText(Path.Combine(page, "source.html")),
                Expected: new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(page, "expected.html"))).Body?.TextContent ?? ""))
            .ToList();

        var (ourPrecision, ourRecall, theirPrecision, theirRecall) = (0.0, 0.0, 0.0, 0.0);
        foreach (var (source, expected) in pages)
        {
            var (p, r) = ShingleOverlap.Of(HtmlArticleExtractor.Extract(source).Text, expected);
            (ourPrecision, ourRecall) = (ourPrecision + p, ourRecall + r);
            var (tp, tr) = ShingleOverlap.Of(TheirText(source), expected);
            (theirPrecision, theirRecall) = (theirPrecision + tp, theirRecall + tr);
        }

        Console.WriteLine($"body F1 on {pages.Count} pages: NewsReader {F1(ourPrecision, ourRecall, pages.Count):F4}, SmartReader {F1(theirPrecision, theirRecall, pages.Count):F4}");
        var rates = new List<double>();
        for (var pass = 0; pass < 4; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var (source, _) in pages)
            {
                TheirText(source);
            }

            var rate = pages.Count / clock.Elapsed.TotalSeconds;
            Console.WriteLine($"SmartReader pass {pass}: {rate:F0} pages/s{(pass == 0 ? " (warm-up)" : "")}");
            if (pass > 0)
            {
                rates.Add(rate);
            }
        }

        Console.WriteLine($"SmartReader extraction: {rates.Order().ElementAt(rates.Count / 2):F1} pages/s (median of {rates.Count} passes over {pages.Count} pages)");
    }

    private static string TheirText(string source) => new SmartReader.Reader(PageAddress.AbsoluteUri, source).GetArticle().TextContent ?? "";

    private static double F1(double precisionSum, double recallSum, int pages)
    {
        var (p, r) = (precisionSum / pages, recallSum / pages);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
