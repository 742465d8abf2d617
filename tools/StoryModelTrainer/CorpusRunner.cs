using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.Entities.Recognition;
using NewsReader.Fetching;
using NewsReader.Ingestion;
using NewsReader.Nlp.Tagging;
using NewsReader.Storage;
using NewsReader.Stories;

namespace NewsReader.Tools.StoryModelTraining;

/// <summary>One ingest of the corpus: each article's stored id and the group it was filed in ("story 3", "alone 17").</summary>
internal sealed record CorpusRun(string StorePath, IReadOnlyDictionary<string, int> Ids, IReadOnlyDictionary<string, string> Groups, double Seconds);

/// <summary>A pair of articles the store scored against each other, the model's inputs for it, and whether it is one story.</summary>
internal sealed record LabelledPair(string First, string Second, double[] Features, bool Same);

/// <summary>
/// Ingests the corpus files into fresh stores as `ingest` does (<see cref="SourceIngestor"/>), with the story model
/// under test. Recognition does not depend on that model, so each text is recognised once and remembered; everything
/// after it (linking, storage, story filing) runs for real every time.
/// </summary>
internal sealed class CorpusRunner : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-stories-").FullName;
    private readonly RememberingRecognizer _recognizer = new(new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded()));
    private int _runs;

    private string Template => Path.Combine(_folder, "template.db");

    public static async Task<CorpusRunner> CreateAsync()
    {
        var runner = new CorpusRunner();
        await new DatabaseInitializer(new StoreFile(runner.Template)).InitializeAsync(CancellationToken.None);
        SqliteConnection.ClearAllPools();
        return runner;
    }

    public async Task<CorpusRun> RunAsync(IReadOnlyList<LabelledArticle> articles, StoryModel model)
    {
        var clock = Stopwatch.StartNew();
        var path = Path.Combine(_folder, $"run-{++_runs}.db");
        File.Copy(Template, path);
        var store = new StoreFile(path);
        var ingestor = new SourceIngestor(new ArticleIngestor(store, _recognizer, TimeProvider.System, model), new WebFetcher(Microsoft.Extensions.Options.Options.Create(new FetchOptions())));
        var outcomes = await ingestor.IngestAsync(articles.Select(a => a.Path).ToList(), IngestOptions.Default, progress: null, CancellationToken.None);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            if (outcomes[i].ArticleId is int id)
            {
                ids[articles[i].Key] = id;
            }
        }

        await using var db = store.CreateDbContext();
        var stories = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.StoryId);
        var groups = articles.ToDictionary(
            a => a.Key,
            a => ids.TryGetValue(a.Key, out var id) ? stories[id] is int story ? $"story {story}" : $"alone {id}" : $"refused {a.Key}",
            StringComparer.Ordinal);
        return new CorpusRun(path, ids, groups, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Every pair of articles the store scores against each other (each article's candidates), once, labelled.</summary>
    public static async Task<List<LabelledPair>> PairsAsync(IReadOnlyList<LabelledArticle> articles, CorpusRun run)
    {
        var byId = run.Ids.ToDictionary(p => p.Value, p => articles.Single(a => a.Key == p.Key));
        var seen = new HashSet<(int, int)>();
        var pairs = new List<LabelledPair>();
        await using var db = new StoreFile(run.StorePath).CreateDbContext();
        foreach (var (id, article) in byId.OrderBy(p => p.Key))
        {
            foreach (var candidate in await SimilarArticles.FindAsync(db, id, CancellationToken.None))
            {
                if (byId.TryGetValue(candidate.ArticleId, out var other) && seen.Add((Math.Min(id, candidate.ArticleId), Math.Max(id, candidate.ArticleId))))
                {
                    pairs.Add(new LabelledPair(article.Key, other.Key, StoryModel.Features(candidate.Similarity), article.Story == other.Story));
                }
            }
        }

        return pairs;
    }

    /// <summary>For articles whose story has 3 or more others: the share of their 3 most similar articles in the same story.</summary>
    public static async Task<double> RelatedPrecisionAsync(IReadOnlyList<LabelledArticle> articles, CorpusRun run, StoryModel model)
    {
        var storyOf = run.Ids.ToDictionary(p => p.Value, p => articles.Single(a => a.Key == p.Key).Story);
        await using var db = new StoreFile(run.StorePath).CreateDbContext();
        int judged = 0, right = 0;
        foreach (var article in articles.Where(a => run.Ids.ContainsKey(a.Key) && articles.Count(o => o.Story == a.Story) >= 4))
        {
            var top = (await SimilarArticles.FindAsync(db, run.Ids[article.Key], model, CancellationToken.None)).Take(3);
            judged += 3;
            right += top.Count(t => storyOf.GetValueOrDefault(t.ArticleId) == article.Story);
        }

        return (double)right / judged;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    internal sealed class StoreFile(string path) : IDbContextFactory<NewsReaderDbContext>
    {
        public NewsReaderDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<NewsReaderDbContext>().UseNewsReaderStore(SqliteFiles.ConnectionStringFor(path)).Options);
    }

    /// <summary>The tagger's mentions of each text, found once.</summary>
    private sealed class RememberingRecognizer(IEntityRecognizer inner) : IEntityRecognizer
    {
        private readonly ConcurrentDictionary<string, IReadOnlyList<RecognizedMention>> _seen = new(StringComparer.Ordinal);

        public IReadOnlyList<RecognizedMention> Recognize(string text) => _seen.GetOrAdd(text, inner.Recognize);
    }
}
