using System.Text;
using NewsReader.TestSupport;

namespace NewsReader.Web.CommandLine;

/// <summary>The subscription verbs end to end; the loopback feed server needs private addresses allowed, set in the environment for these alone.</summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class SubscriptionCommandsTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-cli-subscriptions-").FullName;
    private readonly LoopbackServer _server = new();

    private string Db => Path.Combine(_folder, "cli.db");

    [Fact]
    public async Task Subscribe_list_poll_export_and_unsubscribe()
    {
        _server.Map("/feed.xml", "application/rss+xml", TestFeeds.Rss("Elmira Gazette", [new TestFeeds.Item(1), new TestFeeds.Item(2)]));
        _server.Map("/gone.xml", (stream, ct) => LoopbackServer.WriteAsync(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", [], ct));
        var feed = _server.Url("/feed.xml").AbsoluteUri;

        var subscribed = await RunAsync("subscribe", feed, "--interval", "45", "--db", Db);
        var refused = await RunAsync("subscribe", _server.Url("/gone.xml").AbsoluteUri, "--db", Db);
        var listed = await RunAsync("subscriptions", "--db", Db);
        var polled = await RunAsync("poll", "--db", Db);
        var pollAgain = await RunAsync("poll", "--db", Db);
        var exported = await RunAsync("opml", "export", "--db", Db);
        var removed = await RunAsync("unsubscribe", feed, "--db", Db);
        var removedAgain = await RunAsync("unsubscribe", feed, "--db", Db);

        (subscribed.Exit, subscribed.Output).Should().Be((0, $"subscribed    {feed}  (Elmira Gazette, every 45 min)\n"));
        refused.Exit.Should().Be(1);
        refused.Output.Should().Contain("failed").And.Contain("404");
        listed.Output.Should().Be($"{feed}  Elmira Gazette  active  never polled  0 articles\n1 subscription\n");
        (polled.Exit, polled.Output).Should().Be((0, $"new 2      {feed}\n1 feeds polled: 2 new articles, 0 unchanged, 0 failed\n"));
        pollAgain.Output.Should().Be("0 feeds polled: 0 new articles, 0 unchanged, 0 failed\n", "the feed is not due again for 45 minutes");
        exported.Output.Should().Contain($"xmlUrl=\"{feed}\"").And.Contain("title=\"Elmira Gazette\"");
        (removed.Exit, removedAgain.Exit).Should().Be((0, 1));
    }

    [Fact]
    public async Task Opml_import_subscribes_to_each_feed_once()
    {
        var file = Path.Combine(_folder, "feeds.opml");
        await File.WriteAllTextAsync(file, """<opml version="2.0"><body><outline text="News"><outline text="A" xmlUrl="https://a.example/rss" /><outline text="B" xmlUrl="https://b.example/atom" /></outline></body></opml>""");

        var first = await RunAsync("opml", "import", file, "--db", Db);
        var second = await RunAsync("opml", "import", file, "--db", Db);
        var notOpml = await RunAsync("opml", "import", Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")[0], "--db", Db);

        first.Output.Should().Be($"2 feeds in {file}: 2 subscribed, 0 already subscribed\n");
        second.Output.Should().Be($"2 feeds in {file}: 0 subscribed, 2 already subscribed\n");
        (notOpml.Exit, notOpml.Error).Should().Match<(int, string)>(r => r.Item1 == 1 && r.Item2.Contains("not an OPML file", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("subscribe")]
    [InlineData("unsubscribe")]
    [InlineData("subscribe", "https://a.example/rss", "--interval", "soon")]
    [InlineData("poll", "https://a.example/rss")]
    [InlineData("subscriptions", "extra")]
    [InlineData("opml")]
    [InlineData("opml", "import")]
    [InlineData("opml", "send")]
    public async Task Bad_usage_exits_2(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        (exit, output).Should().Be((2, ""));
        error.Should().StartWith("error: ");
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        Environment.SetEnvironmentVariable("Fetching__AllowPrivateAddresses", "true");
        try
        {
            var exit = await CommandLineApp.RunAsync(CommandLineArguments.Parse(args), new CommandConsole(output, error, isTerminal: false), CancellationToken.None);
            return (exit, Encoding.UTF8.GetString(output.ToArray()).ReplaceLineEndings("\n"), error.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("Fetching__AllowPrivateAddresses", null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
