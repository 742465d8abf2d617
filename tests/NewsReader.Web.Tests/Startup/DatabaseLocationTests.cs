using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace NewsReader.Web.Startup;

public sealed class DatabaseLocationTests
{
    private static string DataSourceOf(Dictionary<string, string?> settings, string contentRoot) =>
        new SqliteConnectionStringBuilder(DatabaseLocation.ConnectionString(
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), contentRoot)).DataSource;

    [Fact]
    public void The_default_database_is_data_newsreader_db_under_the_content_root()
    {
        DataSourceOf([], "/srv/news").Should().Be("/srv/news/data/newsreader.db");
    }

    [Fact]
    public void A_relative_connection_string_file_is_taken_from_the_content_root()
    {
        DataSourceOf(new() { ["ConnectionStrings:NewsReader"] = "Data Source=store/x.db" }, "/srv/news").Should().Be("/srv/news/store/x.db");
    }

    [Fact]
    public void The_db_option_wins_and_is_taken_from_the_current_folder()
    {
        DataSourceOf(new() { ["ConnectionStrings:NewsReader"] = "Data Source=store/x.db", ["db"] = "mine.db" }, "/srv/news")
            .Should().Be(Path.GetFullPath("mine.db"));
    }
}
