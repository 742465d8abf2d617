using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.TestSupport;

namespace NewsReader.Storage;

public sealed class StoreBackupTests
{
    [Fact]
    public async Task A_backup_taken_while_a_write_is_open_holds_what_was_committed_and_passes_its_check()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SourceIngestor().IngestFileAsync(System.IO.Path.Combine(RepositoryPaths.Seeds, "000_74888a945cd2ecf2.txt"), CancellationToken.None);
        await using var writer = database.CreateDbContext();
        await using var open = await writer.Database.BeginTransactionAsync();
        await writer.Database.ExecuteSqlRawAsync("UPDATE Articles SET Title = 'not committed'");
        var target = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(database.Path)!, "copy.db");

        await using var reader = database.CreateDbContext();
        var result = await StoreBackup.WriteAsync(reader, target, CancellationToken.None);

        result.IsSound.Should().BeTrue();
        result.Articles.Should().Be(1);
        await using var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();
        await using var command = copy.CreateCommand();
        command.CommandText = "SELECT Title FROM Articles";
        ((string)(await command.ExecuteScalarAsync())!).Should().NotBe("not committed");
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file()
    {
        await using var database = await TestDatabase.CreateAsync();
        var target = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(database.Path)!, "taken.db");
        await File.WriteAllTextAsync(target, "keep me");
        await using var db = database.CreateDbContext();

        var write = () => StoreBackup.WriteAsync(db, target, CancellationToken.None);

        await write.Should().ThrowAsync<IOException>().WithMessage("*already exists*");
        (await File.ReadAllTextAsync(target)).Should().Be("keep me");
    }
}
