using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using NewsReader.TestSupport;

namespace NewsReader.Storage;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task A_new_database_gets_every_migration_and_write_ahead_logging()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().NotBeEmpty();
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();
        mode.Should().Be("wal");
    }

    [Fact]
    public async Task A_new_database_is_built_aside_and_what_a_killed_build_left_is_discarded()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-init-").FullName;
        try
        {
            var path = System.IO.Path.Combine(folder, "store.db");
            // What a first start killed while migrating leaves: the file being built, half written.
            await File.WriteAllTextAsync(path + ".new", "half-written");
            var factory = new PathContextFactory(path);

            await new DatabaseInitializer(factory).InitializeAsync(CancellationToken.None);

            await using var db = factory.CreateDbContext();
            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
            File.Exists(path + ".new").Should().BeFalse();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class PathContextFactory(string path) : IDbContextFactory<NewsReaderDbContext>
    {
        public NewsReaderDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<NewsReaderDbContext>().UseNewsReaderStore(SqliteFiles.ConnectionStringFor(path)).Options);
    }

    [Fact]
    public async Task Initializing_a_database_that_holds_articles_again_keeps_them_and_their_migrations()
    {
        await using var database = await TestDatabase.CreateAsync();
        var added = await database.SourceIngestor().IngestFileAsync(System.IO.Path.Combine(RepositoryPaths.Seeds, "000_74888a945cd2ecf2.txt"), CancellationToken.None);
        List<string> applied;
        await using (var before = database.CreateDbContext())
        {
            applied = (await before.Database.GetAppliedMigrationsAsync()).ToList();
        }

        await new DatabaseInitializer(database).InitializeAsync(CancellationToken.None);

        await using var db = database.CreateDbContext();
        (await db.Articles.Select(a => a.Id).ToListAsync()).Should().Equal(added.ArticleId!.Value);
        (await db.Mentions.CountAsync()).Should().BePositive();
        (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(applied);
    }

    [Fact]
    public async Task Term_statistics_keep_their_counts_when_rebuilt_without_rowid()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("ArticleFullTextSearch");
        (await TableSqlAsync(db)).Should().NotContain("WITHOUT ROWID");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO TermStatistics (Term, Articles) VALUES ('rafah', 7)");

        await migrator.MigrateAsync();

        (await TableSqlAsync(db)).Should().Contain("WITHOUT ROWID");
        (await db.TermStatistics.SingleAsync(t => t.Term == "rafah")).Articles.Should().Be(7);
    }

    [Fact]
    public async Task Entity_article_counts_that_drifted_are_recounted_from_their_mentions()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SourceIngestor().IngestFileAsync(System.IO.Path.Combine(RepositoryPaths.Seeds, "000_74888a945cd2ecf2.txt"), CancellationToken.None);
        await using var db = database.CreateDbContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("ArticleTitleDerived");
        await db.Database.ExecuteSqlRawAsync("UPDATE Entities SET ArticleCount = 0");

        await migrator.MigrateAsync();

        var counts = await db.Entities.Select(e => new { Stored = e.ArticleCount, Counted = e.Mentions.Select(m => m.ArticleId).Distinct().Count() }).ToListAsync();
        counts.Should().NotBeEmpty().And.OnlyContain(c => c.Stored == c.Counted && c.Counted > 0);
    }

    [Fact]
    public async Task Stories_filed_before_their_summaries_were_kept_get_them_from_their_articles()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ingestor = database.SourceIngestor();
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            await ingestor.IngestFileAsync(seed, CancellationToken.None);
        }

        await using var db = database.CreateDbContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("ArticleOrigins");
        await migrator.MigrateAsync();

        var summaries = await db.Stories.Select(s => new { s.ArticleCount, s.LastArticleId, Counted = s.Articles.Count(), Last = s.Articles.Max(a => a.Id) }).ToListAsync();
        summaries.Should().NotBeEmpty().And.OnlyContain(s => s.ArticleCount == s.Counted && s.ArticleCount >= 2 && s.LastArticleId == s.Last);
    }

    /// <summary>
    /// Text is the last column of Articles: SQLite reads a row's columns in order, so one after a long text is reached
    /// through all its overflow pages. A migration that adds a column to Articles puts it after Text and fails this;
    /// rebuild the table as ArticleTextLast does, or keep the new column in a table of its own.
    /// </summary>
    [Fact]
    public async Task Article_text_is_the_last_column_and_the_rebuild_that_put_it_there_keeps_every_row_link_and_search()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        (await ArticleColumnsAsync(db))[^1].Should().Be("Text");
        var ingestor = database.SourceIngestor();
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(3))
        {
            await ingestor.IngestFileAsync(seed, CancellationToken.None);
        }

        // Back to the schema before the rebuild, rows and all (today's ingest writes tables that did not exist then).
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("TextCheckpoints");
        (await ArticleColumnsAsync(db)).Should().ContainInOrder("Text", "Title");

        var removed = await db.Articles.MaxAsync(a => a.Id);
        await db.Articles.Where(a => a.Id == removed).ExecuteDeleteAsync();
        var before = await db.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.Title, a.Text, a.StoryId, a.IngestedAt, Mentions = a.Mentions.Count }).ToListAsync();
        var word = before[0].Title.Split(' ').First(w => w.Length > 4 && w.All(char.IsLetter));

        await migrator.MigrateAsync();

        (await ArticleColumnsAsync(db))[^1].Should().Be("Text");
        (await db.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.Title, a.Text, a.StoryId, a.IngestedAt, Mentions = a.Mentions.Count }).ToListAsync())
            .Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
        (await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS Value FROM pragma_foreign_key_check").ToListAsync()).Should().BeEmpty();
        (await db.Database.SqlQueryRaw<string>("SELECT integrity_check AS Value FROM pragma_integrity_check").SingleAsync()).Should().Be("ok");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES ('integrity-check', 1)");
        (await db.Database.SqlQueryRaw<int>("SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {0}", word).ToListAsync()).Should().Contain(before[0].Id);

        var added = await database.SourceIngestor().IngestFileAsync(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Last(), CancellationToken.None);
        added.ArticleId.Should().BeGreaterThan(removed, "a removed article's id is not given again");
        await db.Articles.Where(a => a.Id == before[0].Id).ExecuteDeleteAsync();
        (await db.Mentions.CountAsync(m => m.ArticleId == before[0].Id)).Should().Be(0, "foreign keys hold after the rebuild");
        (await db.Database.SqlQueryRaw<int>("SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {0}", word).ToListAsync()).Should().NotContain(before[0].Id);
    }

    [Fact]
    public void A_failed_save_is_left_to_whoever_handles_it_not_logged_as_an_error_by_the_store()
    {
        var options = new DbContextOptionsBuilder<NewsReaderDbContext>().UseNewsReaderStore("Data Source=:memory:").Options;

        var warnings = options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()!.WarningsConfiguration;

        warnings.GetLevel(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed).Should().Be(LogLevel.Debug);
    }

    [Fact]
    public async Task Articles_are_found_by_title_through_an_index_not_a_scan()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        // The shape of the article page's lookup of its related headlines among stored titles.
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT Id FROM Articles WHERE Title IN (SELECT value FROM json_each('[\"A headline\"]'))";
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(reader.GetOrdinal("detail")));
            }
        }

        plan.Should().Contain(step => step.Contains("IX_Articles_Title", StringComparison.Ordinal)).And.NotContain("SCAN Articles");
    }

    [Fact]
    public async Task A_migration_lock_left_by_a_process_killed_during_start_up_is_cleared_and_start_up_completes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await LeaveStaleMigrationLockAsync(database);
        var logger = new RecordingLogger<DatabaseInitializer>();

        // Before the fix this waited for the lock for good; the token only stops a hang from stalling the run.
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await new DatabaseInitializer(database, logger).InitializeAsync(hangGuard.Token);

        await using var db = database.CreateDbContext();
        (await LockRowsAsync(db)).Should().Be(0);
        logger.Entries.Should().ContainSingle(e => e.Level == LogLevel.Warning && e.Message.Contains("migration lock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_migration_lock_does_not_stop_pending_migrations()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("ArticleFullTextSearch");
        }

        await LeaveStaleMigrationLockAsync(database);

        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await new DatabaseInitializer(database).InitializeAsync(hangGuard.Token);

        await using var migrated = database.CreateDbContext();
        (await migrated.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await LockRowsAsync(migrated)).Should().Be(0);
    }

    [Fact]
    public async Task A_start_that_must_wait_for_another_process_says_so_and_goes_on_when_it_is_done()
    {
        await using var database = await TestDatabase.CreateAsync();
        var logger = new RecordingLogger<DatabaseInitializer>();
        Task starting;
        using (var otherProcess = new FileStream(StartupLock.PathFor(database.Path), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            starting = new DatabaseInitializer(database, logger).InitializeAsync(CancellationToken.None);
            while (!logger.Entries.Any(e => e.Message.Contains("Waiting for another NewsReader process", StringComparison.Ordinal)))
            {
                starting.IsCompleted.Should().BeFalse("the start-up lock is held");
                await Task.Delay(20);
            }
        }

        await starting.WaitAsync(TimeSpan.FromMinutes(2));
        starting.IsCompletedSuccessfully.Should().BeTrue();
    }

    private static async Task LeaveStaleMigrationLockAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL)");
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-01 10:00:00')");
    }

    private static Task<int> LockRowsAsync(NewsReaderDbContext db) =>
        db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM \"__EFMigrationsLock\"").SingleAsync();

    private static Task<List<string>> ArticleColumnsAsync(NewsReaderDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Articles') ORDER BY cid").ToListAsync();

    private static Task<string> TableSqlAsync(NewsReaderDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE name = 'TermStatistics'").SingleAsync();
}
