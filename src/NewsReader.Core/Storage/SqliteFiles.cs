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
        var folder = FilePathOf(connectionString) is { } path ? Path.GetDirectoryName(path) : null;
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>The full path of the database file, or null for an in-memory database or a URI data source.</summary>
    public static string? FilePathOf(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return null;
        }

        return Path.GetFullPath(dataSource);
    }
}
