using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;

namespace NewsReader.Web.Startup;

/// <summary>Before the app serves: migrate the database, and give an empty one the seed articles.</summary>
internal sealed partial class StartupDatabaseTasks(
    DatabaseInitializer initializer,
    IDbContextFactory<NewsReaderDbContext> contextFactory,
    FileIngestor ingestor,
    IOptions<SeedOptions> seeds,
    ILogger<StartupDatabaseTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await initializer.InitializeAsync(cancellationToken);
        if (!seeds.Value.Enabled)
        {
            return;
        }

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Articles.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        var folder = seeds.Value.ResolvedPath;
        if (!Directory.Exists(folder))
        {
            LogSeedFolderMissing(logger, folder);
            return;
        }

        var outcomes = await ingestor.IngestAsync(FileIngestor.ExpandPaths([folder]), progress: null, Path.GetDirectoryName(folder), cancellationToken);
        foreach (var failed in outcomes.Where(o => o.Status == IngestStatus.Failed))
        {
            LogSeedFailed(logger, failed.Source, failed.Reason);
        }

        var added = outcomes.Count(o => o.Status == IngestStatus.Added);
        LogSeeded(logger, added, folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the empty database with {Count} articles from {Folder}")]
    private static partial void LogSeeded(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed file {File} was not ingested: {Reason}")]
    private static partial void LogSeedFailed(ILogger logger, string file, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed folder {Folder} does not exist; starting with an empty database")]
    private static partial void LogSeedFolderMissing(ILogger logger, string folder);
}
