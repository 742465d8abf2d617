using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsReader.TestSupport;

namespace NewsReader.Web.CrashSafety;

/// <summary>
/// A poll killed (SIGKILL) in the middle of a feed of 200 items, then run again: every item ends up stored once, as
/// an operator stopping the server or a `poll` mid-feed would expect. Both runs are the `poll` command as its own
/// process, against a feed on a loopback server.
/// </summary>
public sealed class KilledPollTests : IAsyncDisposable
{
    private const int Items = 200;

    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-killed-poll-").FullName;
    private readonly LoopbackServer _server = new();

    [Fact]
    public async Task A_poll_killed_midway_then_run_again_stores_every_item_once()
    {
        _server.Map("/feed.xml", "application/rss+xml", TestFeeds.Rss("Elmira Gazette", Enumerable.Range(1, Items).Select(i => new TestFeeds.Item(i))));
        var db = Path.Combine(_folder, "poll.db");
        (await RunAsync(db, killWhenStored: null, "subscribe", _server.Url("/feed.xml").AbsoluteUri)).ExitCode.Should().Be(0);

        var killed = await RunAsync(db, killWhenStored: 20, "poll");
        var storedWhenKilled = await ScalarAsync(db, "SELECT count(*) FROM Articles");
        var final = await RunAsync(db, killWhenStored: null, "poll");

        killed.Killed.Should().BeTrue("the first poll is stopped in the middle of the feed");
        storedWhenKilled.Should().BeInRange(20, Items - 1);
        final.ExitCode.Should().Be(0, final.Output + final.Error);
        final.Output.Should().Contain($"new {Items - storedWhenKilled}");
        (await ScalarAsync(db, "SELECT count(*) FROM Articles")).Should().Be(Items);
        (await ScalarAsync(db, "SELECT count(DISTINCT Source) FROM Articles")).Should().Be(Items, "no item is stored twice");
        (await ScalarAsync(db, "SELECT count(*) FROM SeenFeedItems")).Should().Be(Items);
    }

    private static async Task<(bool Killed, int? ExitCode, string Output, string Error)> RunAsync(string db, int? killWhenStored, params string[] verb)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["Fetching__AllowPrivateAddresses"] = "true";
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "NewsReader.Web.dll"), .. verb, "--db", db])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var killed = false;
        if (killWhenStored is { } enough)
        {
            // Waits for the articles, not for a time: the kill lands after `enough` are stored however fast the machine.
            while (!process.HasExited && (!File.Exists(db) || await TryCountAsync(db) < enough))
            {
                await Task.Delay(50, timeout.Token);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killed = true;
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        return (killed, killed ? null : process.ExitCode, await output, await error);
    }

    /// <summary>The articles stored so far; 0 while the schema is not there yet.</summary>
    private static async Task<int> TryCountAsync(string db)
    {
        try
        {
            return await ScalarAsync(db, "SELECT count(*) FROM Articles");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static async Task<int> ScalarAsync(string db, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
