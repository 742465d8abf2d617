using Microsoft.Data.Sqlite;

namespace NewsReader.Storage;

/// <summary>The file side of an SQLite connection string.</summary>
public static class SqliteFiles
{
    /// <summary>A connection string for the database file at <paramref name="path"/>.</summary>
    public static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();

    /// <summary>Creates the folder the database file lives in, so a fresh clone needs no setup step.</summary>
    public static void EnsureDirectoryFor(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
