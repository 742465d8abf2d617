using Microsoft.Data.Sqlite;

namespace NewsReader.Web.Startup;

/// <summary>Where the database is: `--db &lt;file&gt;` if given, else ConnectionStrings:NewsReader, else data/newsreader.db.</summary>
public static class DatabaseLocation
{
    public const string DbOption = "db";
    public const string ConnectionStringName = "NewsReader";

    /// <summary>
    /// The connection string, with a relative file path made absolute: from the content root for the configured
    /// default, from the current folder for `--db` (as a command-line user expects).
    /// </summary>
    public static string ConnectionString(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[DbOption] is { Length: > 0 } file)
        {
            return new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file) }.ToString();
        }

        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=data/newsreader.db");
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal))
        {
            builder.DataSource = Path.GetFullPath(source, contentRoot);
        }

        return builder.ToString();
    }
}
