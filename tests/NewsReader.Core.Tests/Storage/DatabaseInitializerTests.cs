using Microsoft.EntityFrameworkCore;
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
    public async Task Initializing_twice_is_harmless()
    {
        await using var database = await TestDatabase.CreateAsync();

        await new DatabaseInitializer(database).InitializeAsync(CancellationToken.None);

        await using var db = database.CreateDbContext();
        (await db.Articles.CountAsync()).Should().Be(0);
    }
}
