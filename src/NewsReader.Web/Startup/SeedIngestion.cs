using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Sources;
using NewsReader.Storage;

namespace NewsReader.Web.Startup;

/// <summary>
/// Gives an empty database the seed articles, in the background once the app serves, so a first start answers at
/// once; the home page says the seeds are on their way meanwhile. Seeds:WaitBeforeServing makes it finish first.
/// </summary>
internal sealed partial class SeedIngestion(
    IDbContextFactory<NewsReaderDbContext> contextFactory,
    SourceIngestor ingestor,
    SeedingProgress progress,
    IOptions<SeedOptions> seeds,
    ILogger<SeedIngestion> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Marked before the app serves, so no first request can find neither the seeds nor the notice.
        progress.Started();
        if (seeds.Value.WaitBeforeServing)
        {
            await SeedAsync(cancellationToken);
            return;
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!seeds.Value.WaitBeforeServing)
        {
            await Task.Yield();
            await SeedAsync(stoppingToken);
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var folder = seeds.Value.ResolvedPath;
            if (!seeds.Value.Enabled || !await IsEmptyAsync(cancellationToken))
            {
                return;
            }

            if (!Directory.Exists(folder))
            {
                LogSeedFolderMissing(logger, folder);
                return;
            }

            var outcomes = await ingestor.IngestAsync(SourceFile.ExpandPaths([folder]), new IngestOptions(SourceRoot: Path.GetDirectoryName(folder)), progress: null, cancellationToken);
            foreach (var failed in outcomes.Where(o => o.Status == IngestStatus.Failed))
            {
                LogSeedFailed(logger, failed.Source, failed.Reason);
            }

            var added = outcomes.Count(o => o.Status == IngestStatus.Added);
            LogSeeded(logger, added, folder);
        }
        finally
        {
            progress.Finished();
        }
    }

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return !await db.Articles.AnyAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the empty database with {Count} articles from {Folder}")]
    private static partial void LogSeeded(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed file {File} was not ingested: {Reason}")]
    private static partial void LogSeedFailed(ILogger logger, string file, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed folder {Folder} does not exist; starting with an empty database")]
    private static partial void LogSeedFolderMissing(ILogger logger, string folder);
}
