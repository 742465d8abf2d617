using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NewsReader.Sources.Html;
using NewsReader.Sources.Html.Markup;

namespace NewsReader.Benchmarks;

/// <summary>
/// The HTML extractor over Mozilla Readability's 129 test pages (../shared/data/readability-test-pages), each page read
/// from its string as the JavaScript peer reads it (bench/extraction-peer.sh runs both).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<string> _pages = [];

    public static IReadOnlyList<string> LoadPages()
    {
        var folder = Path.Combine(Path.GetDirectoryName(TaggingCorpus.FindShared("data/readability-test-pages/LICENSE.md"))!, "test-pages");
        return Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
            .Select(page => File.ReadAllText(Path.Combine(page, "source.html")))
            .ToList();
    }

    [GlobalSetup]
    public void Setup() => _pages = LoadPages();

    [Benchmark]
    public int ExtractAllPages()
    {
        var paragraphs = 0;
        foreach (var page in _pages)
        {
            paragraphs += HtmlArticleExtractor.Extract(page).Paragraphs.Count;
        }

        return paragraphs;
    }

    /// <summary>
    /// The runtime compiles hot code in tiers (quick, then instrumented, then optimized); on one core the optimizing
    /// compiler shares the core with the work and needs 10 to 20 seconds of these passes to finish, during which the
    /// extractor runs at a third of its speed. A server runs for hours, so the measure is taken after this warm-up.
    /// </summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(30);

    /// <summary>
    /// `--extract`: passes over every page on this thread for <see cref="WarmUp"/>, then where the time goes by stage
    /// (four passes), then five timed passes; prints each pass, the median in pages a second (pin the process to one
    /// core with taskset to measure one core), and the five slowest pages.
    /// </summary>
    public static void RunQuick()
    {
        var bench = new ExtractionBenchmarks();
        bench.Setup();
        var warming = Stopwatch.StartNew();
        var warmUpRates = new List<double>();
        while (warming.Elapsed < WarmUp)
        {
            var clock = Stopwatch.StartNew();
            bench.ExtractAllPages();
            warmUpRates.Add(bench._pages.Count / clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"warm-up: {warmUpRates.Count} passes in {WarmUp.TotalSeconds:F0} s, pages/s: {string.Join(" ", warmUpRates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))}");
        PrintStages(bench._pages);

        var rates = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            bench.ExtractAllPages();
            var rate = bench._pages.Count / clock.Elapsed.TotalSeconds;
            Console.WriteLine($"pass {round}: {rate:F0} pages/s");
            rates.Add(rate);
        }

        Console.WriteLine($"NewsReader extraction: {rates.Order().ElementAt(rates.Count / 2):F0} pages/s (median of {rates.Count} passes over {bench._pages.Count} pages)");
        var slowest = bench._pages.Select((page, i) =>
        {
            var clock = Stopwatch.StartNew();
            HtmlArticleExtractor.Extract(page);
            return (Page: i, Ms: clock.Elapsed.TotalMilliseconds, Kb: page.Length / 1024);
        }).OrderByDescending(p => p.Ms).Take(5);
        Console.WriteLine("slowest pages (index, ms, KB): " + string.Join("; ", slowest.Select(p => $"{p.Page} {p.Ms:F1} ms {p.Kb} KB")));
    }

    /// <summary>The extractor's stages timed apart: the parse, metadata, main content.</summary>
    private static void PrintStages(IReadOnlyList<string> pages)
    {
        var clock = new Stopwatch();
        double Time(Action action)
        {
            clock.Restart();
            action();
            return clock.Elapsed.TotalMilliseconds;
        }

        for (var round = 0; round < 4; round++)
        {
            double parse = 0, metadata = 0, content = 0;
            foreach (var page in pages)
            {
                MarkupDocument? document = null;
                parse += Time(() => document = MarkupDocument.Parse(page));
                metadata += Time(() => PageMetadata.Read(document!));
                content += Time(() => MainContent.Extract(document!));
            }

            Console.WriteLine($"stages: parse {parse:F0} ms, metadata {metadata:F0} ms, content {content:F0} ms");
        }
    }
}
