using Microsoft.EntityFrameworkCore;

namespace NewsReader.Storage;

/// <summary>Brings the database to the current schema at start: migrations, then the SQLite pragmas we rely on.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<NewsReaderDbContext> contextFactory)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            SqliteFiles.EnsureDirectoryFor(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (the pages) go on while an ingest writes; it is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
