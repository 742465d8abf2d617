using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NewsReader.Storage;

/// <summary>
/// Brings the database to the current schema at start: migrations, then the SQLite pragmas we rely on. Start-up never
/// waits on a lock a dead process left: EF Core's migration lock (a row in <c>__EFMigrationsLock</c>, which a process
/// killed while migrating never deletes) is only taken when a migration is pending, and under the operating system's
/// <see cref="StartupLock"/>, which no dead process can hold, a row found there is stale and is cleared with a warning.
/// A new database is built beside its file and moved into place once every migration is in: EF Core commits a
/// migration that rebuilds a table in several transactions (around its <c>PRAGMA foreign_keys</c> lines), so a
/// process killed while building a new store could leave it half-migrated, and every later start failing.
/// </summary>
public sealed partial class DatabaseInitializer(IDbContextFactory<NewsReaderDbContext> contextFactory, ILogger<DatabaseInitializer> logger)
{
    public DatabaseInitializer(IDbContextFactory<NewsReaderDbContext> contextFactory)
        : this(contextFactory, NullLogger<DatabaseInitializer>.Instance)
    {
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        var connectionString = db.Database.GetConnectionString();
        SqliteFiles.EnsureDirectoryFor(connectionString);
        var path = SqliteFiles.FilePathOf(connectionString);
        using (path is null ? null : await StartupLock.AcquireAsync(path, logger, cancellationToken))
        {
            if (path is not null && !File.Exists(path))
            {
                await CreateAsync(path, cancellationToken);
            }

            await ClearStaleMigrationLockAsync(db, cancellationToken);
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        // WAL lets readers (the pages) go on while an ingest writes; it is a property of the file, set once.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>
    /// A new store at <paramref name="path"/>, migrated in a file of its own (what a killed attempt left there is
    /// discarded) and then moved to its name: the file either holds every migration or does not exist.
    /// </summary>
    private static async Task CreateAsync(string path, CancellationToken cancellationToken)
    {
        var building = path + ".new";
        DeleteWithSidecars(building);
        var options = new DbContextOptionsBuilder<NewsReaderDbContext>().UseNewsReaderStore(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()).Options;
        await using (var fresh = new NewsReaderDbContext(options))
        {
            await fresh.Database.MigrateAsync(cancellationToken);
        }

        File.Move(building, path);
        DeleteWithSidecars(building);
    }

    private static void DeleteWithSidecars(string file)
    {
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            File.Delete(file + suffix);
        }
    }

    /// <summary>
    /// Deletes the migration lock row a process left when it stopped while migrating. Only called under the start-up
    /// lock: no live NewsReader process is migrating, so any row is stale.
    /// </summary>
    private async Task ClearStaleMigrationLockAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        var hasLockTable = await db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken) > 0;
        if (!hasLockTable)
        {
            return;
        }

        var cleared = await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
        if (cleared > 0)
        {
            LogStaleLockCleared(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleared a migration lock left by a NewsReader process that stopped while preparing the database")]
    private static partial void LogStaleLockCleared(ILogger logger);
}
