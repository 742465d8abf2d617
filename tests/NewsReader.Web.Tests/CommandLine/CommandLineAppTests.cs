using System.Text;
using System.Text.Json;
using NewsReader.TestSupport;

namespace NewsReader.Web.CommandLine;

public sealed class CommandLineAppTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-cli-").FullName;

    private string Db => Path.Combine(_folder, "cli.db");

    [Fact]
    public async Task Ingest_reports_each_file_and_a_summary_and_exits_0()
    {
        var (exit, output, _) = await RunAsync("ingest", RepositoryPaths.Seeds, "--db", Db);

        exit.Should().Be(0);
        output.Should().MatchRegex(@"(?m)^added\s+.*000_74888a945cd2ecf2\.txt\s+\(article 1\)$");
        output.Should().MatchRegex(@"(?m)^added\s+.*004_d7be26c49e3a6d0f\.txt\s+\(article 2\)$");
        output.Should().Contain("2 articles from 2 sources: 2 added, 0 duplicate, 0 failed");
    }

    [Fact]
    public async Task Ingesting_again_reports_duplicates_and_still_exits_0()
    {
        await RunAsync("ingest", RepositoryPaths.Seeds, "--db", Db);

        var (exit, output, _) = await RunAsync("ingest", RepositoryPaths.Seeds, "--db", Db);

        exit.Should().Be(0);
        output.Should().Contain("duplicate").And.Contain("2 articles from 2 sources: 0 added, 2 duplicate, 0 failed");
    }

    [Fact]
    public async Task A_failed_file_is_reported_with_its_reason_and_exits_1()
    {
        var empty = Path.Combine(_folder, "empty.txt");
        await File.WriteAllBytesAsync(empty, []);

        var (exit, output, _) = await RunAsync("ingest", empty, RepositoryPaths.Seeds, "--db", Db);

        exit.Should().Be(1);
        output.Should().Contain($"failed     {empty}: empty file").And.Contain("3 articles from 3 sources: 2 added, 0 duplicate, 1 failed");
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("ingest", "--nope")]
    [InlineData("launch")]
    [InlineData("backup")]
    [InlineData("backup", "a.db", "b.db")]
    public async Task Bad_usage_exits_2_with_the_reason_and_usage_on_stderr(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("error: ").And.Contain("Usage:");
    }

    [Fact]
    public async Task Export_writes_the_store_as_json_in_the_contract_shape()
    {
        await RunAsync("ingest", RepositoryPaths.Seeds, "--db", Db);

        var (exit, output, _) = await RunAsync("export", "--db", Db);

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("articles").GetArrayLength().Should().Be(2);
        var article = json.RootElement.GetProperty("articles")[0];
        article.GetProperty("text").GetString().Should().StartWith("In Washington, White House national security adviser Jake Sullivan");
        article.GetProperty("mentions")[0].GetProperty("text").GetString().Should().Be("Washington");
        json.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).Should().Contain("Benjamin Netanyahu");
        json.RootElement.GetProperty("stories").GetArrayLength().Should().Be(1, "the two seeds report one story");
    }

    [Fact]
    public async Task Help_prints_usage_and_exits_0()
    {
        var (exit, output, _) = await RunAsync("help");

        exit.Should().Be(0);
        output.Should().Contain("ingest <path|url>...").And.Contain("--follow-links").And.Contain("export");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Extract_writes_a_json_line_per_page_and_reports_a_missing_one()
    {
        var page = Path.Combine(Path.GetDirectoryName(Db)!, "page.html");
        await File.WriteAllTextAsync(page, """
            <html><head><title>Quake shakes coast | Wire</title><meta name="author" content="Ana Ruiz"></head>
            <body><nav><a href="/">Home</a></nav><article>
            <p>A magnitude 7.1 earthquake struck off the coast on Tuesday, officials said, and residents fled.</p>
            <p>Tsunami sirens sounded along the shore, but no large wave was recorded, the agency said.</p>
            </article></body></html>
            """);

        var (exit, output, error) = await RunAsync("extract", page, Path.Combine(Path.GetDirectoryName(Db)!, "missing.html"));

        exit.Should().Be(ExitCodes.InputFailed);
        error.Should().Contain("missing.html: no such file");
        using var json = JsonDocument.Parse(output.Trim().Split('\n').Single());
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("source", "title", "byline", "published", "siteName", "text");
        json.RootElement.GetProperty("title").GetString().Should().Be("Quake shakes coast");
        json.RootElement.GetProperty("byline").GetString().Should().Be("Ana Ruiz");
        json.RootElement.GetProperty("text").GetString().Should().Contain("earthquake struck").And.Contain("\n\nTsunami").And.NotContain("Home");
    }

    [Fact]
    public async Task Backup_writes_a_checked_copy_that_opens_with_every_article_and_never_overwrites()
    {
        await RunAsync("ingest", RepositoryPaths.Seeds, "--db", Db);
        var copy = Path.Combine(_folder, "backups", "copy.db");

        var (exit, output, _) = await RunAsync("backup", copy, "--db", Db);
        var (again, _, error) = await RunAsync("backup", copy, "--db", Db);
        var (exportExit, export, _) = await RunAsync("export", "--db", copy);

        exit.Should().Be(ExitCodes.Success);
        output.Should().Contain("backed up 2 articles to").And.Contain("integrity ok");
        again.Should().Be(ExitCodes.InputFailed);
        error.Should().Contain("already exists");
        exportExit.Should().Be(ExitCodes.Success);
        using var json = JsonDocument.Parse(export);
        json.RootElement.GetProperty("articles").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task Hash_password_prints_a_hash_of_the_password_read_from_standard_input()
    {
        var (exit, output, error) = await RunWithInputAsync("a long enough password\n", "hash-password");

        exit.Should().Be(ExitCodes.Success);
        var hash = output.Trim();
        hash.Should().StartWith("pbkdf2-sha256$600000$").And.NotContain("a long enough password");
        Accounts.AdminPassword.Verify("a long enough password", hash).Should().BeTrue();
        error.Should().Contain("Admin__PasswordHash");
    }

    [Theory]
    [InlineData("")]
    [InlineData("short\n")]
    public async Task Hash_password_refuses_a_missing_or_short_password(string input)
    {
        var (exit, output, error) = await RunWithInputAsync(input, "hash-password");

        exit.Should().Be(ExitCodes.InputFailed);
        output.Should().BeEmpty();
        error.Should().Contain("at least 10 characters");
    }

    [Fact]
    public async Task Ingest_reads_a_url_and_a_markdown_file_in_one_batch_and_says_what_follow_links_is_for()
    {
        var note = Path.Combine(Path.GetDirectoryName(Db)!, "note.md");
        await File.WriteAllTextAsync(note, "# Ferry strike ends\n\nThe ferry strike in Portsmouth ended on Friday, the union said.\n");

        var (exit, output, _) = await RunAsync("ingest", note, "ftp://example.com/feed.xml", "--db", Db);

        exit.Should().Be(ExitCodes.InputFailed);
        output.Should().Contain("added      " + note).And.Contain("failed     ftp://example.com/feed.xml: refused: only http and https URLs are fetched")
            .And.Contain("2 articles from 2 sources: 1 added, 0 duplicate, 1 failed");
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    private static async Task<(int Exit, string Output, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        using var stdin = new StringReader(input);
        var exit = await CommandLineApp.RunAsync(CommandLineArguments.Parse(args), new CommandConsole(output, error, isTerminal: false, stdin), CancellationToken.None);
        return (exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
