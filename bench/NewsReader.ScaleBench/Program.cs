using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Ingestion;
using NewsReader.Paging;
using NewsReader.Search;
using NewsReader.Sources;
using NewsReader.Storage;

namespace NewsReader.ScaleBench;

internal static class ScaleBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(15);

    public static async Task<int> Main(string[] args)
    {
        // Usage: dotnet run -c Release --project bench/NewsReader.ScaleBench -- [--articles 1000000] [--db path] [--reuse]
        // Builds the synthetic store (unless --reuse and it exists), then measures search, pages and story work on it.
        var articles = 1_000_000;
        var path = Path.Combine(Path.GetTempPath(), "newsreader-scale.db");
        var reuse = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--articles": articles = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--db": path = Path.GetFullPath(args[++i]); break;
                case "--reuse": reuse = true; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var root = FindRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "dev"));
        var sources = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt")
            .Concat(Directory.Exists(shared) ? Directory.GetFiles(shared, "*.txt") : [])
            .Select(File.ReadAllText).ToList();
        Console.WriteLine($"# NewsReader at scale: {articles:N0} articles");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine($"sentence sources: {sources.Count} texts (seeds{(Directory.Exists(shared) ? " and ../shared/corpus/dev" : "")})");

        if (!reuse || !File.Exists(path))
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }

            await using (var db = new NewsReaderDbContext(new DbContextOptionsBuilder<NewsReaderDbContext>().UseNewsReaderStore($"Data Source={path}").Options))
            {
                await db.Database.MigrateAsync();
            }

            var generation = Stopwatch.StartNew();
            await new SyntheticStore(path, articles, seed: 20261121).WriteAsync(sources, CancellationToken.None);
            Console.WriteLine($"store generated in {generation.Elapsed.TotalMinutes:F1} min: {new FileInfo(path).Length / (1L << 20):N0} MiB");

            // Merge the full-text index's segments, as a long-running store's automerge would in time.
            await using (var db = new NewsReaderDbContext(new DbContextOptionsBuilder<NewsReaderDbContext>().UseNewsReaderStore($"Data Source={path}").Options))
            {
                db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
                await db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch(ArticleSearch) VALUES('optimize')");
            }
        }

        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(Path.Combine(root, "src", "NewsReader.Web"));
            builder.UseSetting("ConnectionStrings:NewsReader", $"Data Source={path}");
            builder.UseSetting("Seeds:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        var client = app.CreateClient();
        var services = app.Services;
        var random = new Random(7);

        // Queries: rare names, common words, two words.
        List<string> rare, common, twoWords;
        int maxId;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            maxId = await db.Articles.MaxAsync(a => a.Id);
            rare = await db.Entities.Where(e => e.ArticleCount > 0 && e.ArticleCount < 30).OrderBy(e => e.Id).Take(400).Select(e => e.Name).ToListAsync();
            common = await db.TermStatistics.OrderByDescending(t => t.Articles).Skip(5).Take(40).Select(t => t.Term).ToListAsync();
            twoWords = common.Zip(rare.Select(r => r.Split(' ')[0].ToLowerInvariant())).Select(p => $"{p.First} {p.Second}")
                .Concat(common.Take(20).Zip(common.Skip(20)).Select(p => $"{p.First} {p.Second}")).ToList();
        }

        List<string> Mix(Random draw) => Enumerable.Range(0, 300).Select(i => (i % 3) switch
        {
            0 => rare[draw.Next(rare.Count)],
            1 => common[draw.Next(common.Count)],
            _ => twoWords[draw.Next(twoWords.Count)],
        }).ToList();
        var mix = Mix(random);
        var warmMix = Mix(new Random(11));
        List<int> Ids() => Enumerable.Range(0, 300).Select(_ => 1 + random.Next(maxId)).ToList();

        Console.WriteLine();
        Console.WriteLine("| measure | n | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        var names = services.GetRequiredService<EntityNameIndex>();
        await Measure("search: names and full text (mix of rare, common, two-word)", mix, warmMix, async query =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            await EntitySearch.FindAsync(db, names, query, 50, kind: null, CancellationToken.None);
            await FullTextSearch.SearchAsync(db, FullTextQuery.Parse(query)!, new ArticleFilters(), SearchOrder.Relevance, PageRequest.Of(1, 50), CancellationToken.None);
        });
        await Measure("name search only (mix)", mix, warmMix, async query =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            await EntitySearch.FindAsync(db, names, query, 50, kind: null, CancellationToken.None);
        });
        await Measure("full-text search only (mix)", mix, warmMix, async query =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            await FullTextSearch.SearchAsync(db, FullTextQuery.Parse(query)!, new ArticleFilters(), SearchOrder.Relevance, PageRequest.Of(1, 50), CancellationToken.None);
        });
        await Measure("related articles only (SimilarArticles)", Ids(), Ids(), async id =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            await NewsReader.Stories.RelatedArticles.FindAsync(db, id, CancellationToken.None);
        });
        foreach (var (label, queries) in new[] { ("rare", rare.Take(100).ToList()), ("common", common.Concat(common).Concat(common).Take(100).ToList()), ("two-word", twoWords.Take(100).ToList()) })
        {
            await Measure($"search, {label} queries only", queries, warmMix, async query =>
            {
                using var scope = services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
                await EntitySearch.FindAsync(db, names, query, 50, kind: null, CancellationToken.None);
                await FullTextSearch.SearchAsync(db, FullTextQuery.Parse(query)!, new ArticleFilters(), SearchOrder.Relevance, PageRequest.Of(1, 50), CancellationToken.None);
            });
        }

        await Measure("search page GET /search?q= (same mix)", mix, warmMix, query => client.GetStringAsync(new Uri($"/search?q={Uri.EscapeDataString(query)}", UriKind.Relative)));
        await Measure("article page GET /articles/{id}", Ids(), Ids(),
            id => client.GetStringAsync(new Uri($"/articles/{id}", UriKind.Relative)));
        var pages = Enumerable.Range(0, 100).Select(i => 1 + (i * 37 % 200)).ToList();
        await Measure("home page GET /?page=N (pages 1 to 200 of 50 articles)", pages, pages,
            page => client.GetStringAsync(new Uri($"/?page={page}", UriKind.Relative)));
        await Measure("story list GET /stories?page=N (pages 1 to 200)", pages, pages,
            page => client.GetStringAsync(new Uri($"/stories?page={page}", UriKind.Relative)));

        // Two 2,000-word reports of one event, through the app's own ingestion; then one more article at a time, timing story work.
        var storyWork = new List<double>();
        var run = Guid.NewGuid().ToString("N")[..8];
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ArticleIngestor.MeterName && instrument.Name == ArticleIngestor.StoryWorkInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => storyWork.Add(value));
        listener.Start();
        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var sentences = sources.SelectMany(s => s.Split(". ")).Where(s => s.Length > 40).ToList();
        string LongText(int seed)
        {
            var r = new Random(seed);
            var words = 0;
            var paragraphs = new List<string>();
            while (words < 2_000)
            {
                var paragraph = string.Join(". ", Enumerable.Range(0, 4).Select(_ => sentences[r.Next(sentences.Count)])) + ".";
                paragraphs.Add(paragraph);
                words += paragraph.Split(' ').Length;
            }

            return string.Join("\n\n", paragraphs);
        }

        // The first carries a "Related News" block, as pages do: three headlines of stored articles, two of none.
        List<string> headlines;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            var picked = Enumerable.Range(0, 3).Select(_ => 1 + random.Next(maxId)).ToList();
            headlines = await db.Articles.Where(a => picked.Contains(a.Id)).Select(a => a.Title).ToListAsync();
            headlines.AddRange([$"A headline no article has {run}", $"Another headline no article has {run}"]);
        }

        var first = await ingestor.IngestAsync(new ParsedArticle($"Long report one {run}", "Bench Wire", DateTime.UtcNow, LongText(1).Split("\n\n"), headlines), "bench/long-1", CancellationToken.None);
        var second = await ingestor.IngestAsync(new ParsedArticle($"Long report two {run}", "Bench Post", DateTime.UtcNow, LongText(2).Split("\n\n"), []), "bench/long-2", CancellationToken.None);
        var hundred = Enumerable.Range(0, 100).ToList();
        await Measure("comparison GET /compare of two 2,000-word articles", hundred, hundred,
            _ => client.GetStringAsync(new Uri($"/compare?ids={first.ArticleId},{second.ArticleId}", UriKind.Relative)));
        await Measure("article page of a 2,000-word article with 5 related headlines", hundred, hundred,
            _ => client.GetStringAsync(new Uri($"/articles/{first.ArticleId}", UriKind.Relative)));

        // Entity pages: the names in the most articles (their figures read from their newest articles), then one
        // 4.8 MB article (inside the 5 MB limit) that names one person 20,000 times, its entity and comparison pages.
        List<int> widest;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            widest = await db.Entities.OrderByDescending(e => e.ArticleCount).Take(200).Select(e => e.Id).ToListAsync();
            var top = await db.Entities.OrderByDescending(e => e.ArticleCount).Select(e => new { e.Name, e.ArticleCount }).FirstAsync();
            Console.WriteLine($"| (the widest name, {top.Name}, is in {top.ArticleCount:N0} articles) | | | | | |");
        }

        await Measure("entity page GET /entities/{id} of the 100 names in the most articles", widest.Take(100).ToList(), widest.Skip(100).ToList(),
            id => client.GetStringAsync(new Uri($"/entities/{id}", UriKind.Relative)));
        await Measure("entity page GET /entities/{id} of 300 random names", Ids().Select(i => 1 + (i % 100_000)).ToList(), Ids().Select(i => 1 + (i % 100_000)).ToList(),
            id => client.GetStringAsync(new Uri($"/entities/{id}", UriKind.Relative)));

        // The 4.8 MB article: short paragraphs recombined from the real sentences, one person named in each, so that
        // the person has over 20,000 mentions in it.
        var huge = new System.Text.StringBuilder();
        var hugeRandom = new Random(5);
        var shortSentences = sentences.Where(s => s.Length < 200).ToList();
        for (var i = 0; huge.Length < 4_800_000; i++)
        {
            huge.Append(System.Globalization.CultureInfo.InvariantCulture, $"Senator Maria Velasquez-Orr spoke on day {i}. ")
                .Append(shortSentences[hugeRandom.Next(shortSentences.Count)]).Append(".\n\n");
        }

        // A reused store keeps the one ingested before (its ingest time is then the time to find it).
        var hugeIngest = Stopwatch.StartNew();
        int? hugeArticleId;
        using (var scope = services.CreateScope())
        {
            hugeArticleId = await scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>().Articles.Where(a => a.Source == "bench/huge").Select(a => (int?)a.Id).FirstOrDefaultAsync();
        }

        hugeArticleId ??= (await ingestor.IngestAsync(new ParsedArticle($"A 4.8 MB record {run}", "Bench Record", DateTime.UtcNow, huge.ToString().Split("\n\n", StringSplitOptions.RemoveEmptyEntries), []), "bench/huge", CancellationToken.None)).ArticleId;
        int hugeEntity, hugeMentions;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            var person = await db.Mentions.Where(m => m.ArticleId == hugeArticleId).GroupBy(m => m.EntityId)
                .Select(g => new { EntityId = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).FirstAsync();
            (hugeEntity, hugeMentions) = (person.EntityId, person.Count);
        }

        Console.WriteLine($"| (the {huge.Length / 1_000_000.0:F1} MB article took {hugeIngest.Elapsed.TotalSeconds:F1} s to ingest or find; its most named entity has {hugeMentions:N0} mentions in it) | | | | | |");
        await Measure($"entity page of a name with {hugeMentions:N0} mentions in the 4.8 MB article", hundred, hundred,
            _ => client.GetStringAsync(new Uri($"/entities/{hugeEntity}", UriKind.Relative)));
        await Measure("comparison GET /compare of the 4.8 MB article and a 2,000-word one", hundred, hundred,
            _ => client.GetStringAsync(new Uri($"/compare?ids={hugeArticleId},{first.ArticleId}", UriKind.Relative)));
        await Measure("article page of the 4.8 MB article, its first part", hundred, hundred,
            _ => client.GetStringAsync(new Uri($"/articles/{hugeArticleId}", UriKind.Relative)));
        await Measure("article page of the 4.8 MB article, parts 2 to 90", Enumerable.Range(0, 100).Select(i => 2 + (i % 89)).ToList(), hundred.Select(i => 2 + (i % 89)).ToList(),
            part => client.GetStringAsync(new Uri($"/articles/{hugeArticleId}?part={part}", UriKind.Relative)));

        // Story work is timed on the last 100 of 300 articles, after the ingest path has been compiled and warmed.
        for (var i = 0; i < 300; i++)
        {
            if (i == 200)
            {
                storyWork.Clear();
            }

            var text = string.Join("\n\n", Enumerable.Range(0, 5).Select(_ => string.Join(". ", Enumerable.Range(0, 3).Select(_ => sentences[random.Next(sentences.Count)])) + "."));
            await ingestor.IngestAsync(new ParsedArticle($"One more article {i} {run}", "Bench Wire", DateTime.UtcNow, text.Split("\n\n"), []), $"bench/more-{i}", CancellationToken.None);
        }

        listener.Dispose();
        Report("story work per ingested article (StoryAssigner, from the meter)", storyWork);
        return 0;

        // Each measure first runs its kind of request, on other inputs where it has them, for WarmUp: the runtime compiles
        // hot code in tiers and a server is measured warm, not in its first seconds.
        static async Task Measure<T>(string label, IReadOnlyList<T> inputs, IReadOnlyList<T> warmUpInputs, Func<T, Task> action)
        {
            var warming = Stopwatch.StartNew();
            for (var i = 0; warming.Elapsed < WarmUp || i < warmUpInputs.Count; i++)
            {
                await action(warmUpInputs[i % warmUpInputs.Count]);
            }

            var times = new List<double>();
            foreach (var input in inputs)
            {
                var started = Stopwatch.GetTimestamp();
                await action(input);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            Report(label, times);
        }

        static void Report(string label, List<double> times)
        {
            if (times.Count == 0)
            {
                Console.WriteLine($"| {label} | 0 | | | | |");
                return;
            }

            times.Sort();
            double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {times.Count} | {At(0.5):F2} | {At(0.95):F2} | {At(0.99):F2} | {times[^1]:F2} |"));
        }

        static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("run from inside the repository");
        }
    }
}
