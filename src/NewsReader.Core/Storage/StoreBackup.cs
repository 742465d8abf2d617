using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsReader.Storage;

/// <summary>What a backup wrote: the file, its size, the articles it holds, and SQLite's own check of it.</summary>
public sealed record BackupResult(string Path, long Bytes, int Articles, string IntegrityCheck)
{
    public bool IsSound => IntegrityCheck == "ok";
}

/// <summary>
/// A consistent copy of the store in one new file, safe while the app serves and ingests: SQLite's <c>VACUUM INTO</c>
/// reads one snapshot (under write-ahead logging writers go on meanwhile) and writes it compacted, with no
/// write-ahead log to copy alongside. The copy is then opened read-only and checked (<c>PRAGMA integrity_check</c>).
/// </summary>
public static class StoreBackup
{
    public static async Task<BackupResult> WriteAsync(NewsReaderDbContext db, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var target = System.IO.Path.GetFullPath(path);
        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists: a backup never overwrites a file; choose a new name");
        }

        if (System.IO.Path.GetDirectoryName(target) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.ExecuteSqlAsync($"VACUUM INTO {target}", cancellationToken);

        var readOnly = new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var copy = new SqliteConnection(readOnly);
        await copy.OpenAsync(cancellationToken);
        var check = await ScalarAsync(copy, "PRAGMA integrity_check", cancellationToken);
        var articles = Convert.ToInt32(await ScalarAsync(copy, "SELECT count(*) FROM Articles", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return new BackupResult(target, new FileInfo(target).Length, articles, check);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
