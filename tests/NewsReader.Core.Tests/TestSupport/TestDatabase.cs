using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsReader.Entities.Recognition;
using NewsReader.Export;
using NewsReader.Fetching;
using NewsReader.Ingestion;
using NewsReader.Nlp.Tagging;
using NewsReader.Storage;
using NewsReader.Stories;

namespace NewsReader.TestSupport;

/// <summary>A real, migrated SQLite database in its own temporary file, deleted when the test ends.</summary>
internal sealed class TestDatabase : IDbContextFactory<NewsReaderDbContext>, IAsyncDisposable
{
    private static readonly Lazy<TaggerEntityRecognizer> SharedRecognizer = new(() => new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded()));

    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-test-").FullName;
    private readonly IInterceptor[] _interceptors;

    private TestDatabase(IInterceptor[] interceptors)
    {
        _interceptors = interceptors;
    }

    public string Path => System.IO.Path.Combine(_folder, "test.db");

    public FixedTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 26, 12, 0, 0, TimeSpan.Zero));

    public static async Task<TestDatabase> CreateAsync(params IInterceptor[] interceptors)
    {
        var database = new TestDatabase(interceptors);
        await new DatabaseInitializer(database).InitializeAsync(CancellationToken.None);
        return database;
    }

    public NewsReaderDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<NewsReaderDbContext>()
            .UseNewsReaderStore(SqliteFiles.ConnectionStringFor(Path))
            // A query that takes rows without an order returns whichever SQLite finds first (and EF warns on the console).
            .ConfigureWarnings(warnings => warnings.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning))
            .AddInterceptors(_interceptors)
            .Options);

    public ArticleIngestor Ingestor(StoryModel? storyModel = null) => new(this, SharedRecognizer.Value, Time, storyModel ?? StoryModel.Trained);

    public SourceIngestor SourceIngestor(FetchOptions? fetching = null) => new(Ingestor(), new WebFetcher(Microsoft.Extensions.Options.Options.Create(fetching ?? new FetchOptions())));

    public StoreExporter Exporter() => new(this);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
