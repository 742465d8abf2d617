using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsReader.TestSupport;

namespace NewsReader.Web.CrashSafety;

/// <summary>
/// Crash safety as an operator meets it: the `ingest` command run as its own process and killed (SIGKILL) at random
/// moments, the start-up window (schema check, locks) included, then run again; `serve` killed while starting. After every kill the next start
/// must recover by itself, and at the end the database must pass SQLite's and FTS5's integrity checks and hold every
/// article a killed run reported added, exactly once. The kill points vary with the machine's speed; what is checked
/// does not. CI runs <see cref="DefaultKills"/> kills; <c>bench/crash-safety.sh</c> runs the long version
/// (<c>NEWSREADER_CRASH_KILLS=60</c>).
/// </summary>
public sealed class KilledProcessTests : IDisposable
{
    private const int DefaultKills = 8;

    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-crash-").FullName;

    [Fact]
    public async Task Killed_ingests_lose_and_double_nothing_and_every_restart_recovers()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("NEWSREADER_CRASH_KILLS"), CultureInfo.InvariantCulture, out var asked) ? asked : DefaultKills;
        var input = CopyInput();
        var db = Path.Combine(_folder, "crash.db");
        var random = new Random(20261202);
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        var killedInStartUp = 0;

        for (var i = 0; i < kills; i++)
        {
            // Half the kills land in the first second and a half (process start, schema check, model load), the rest
            // while articles are being written.
            var delay = TimeSpan.FromMilliseconds(i % 2 == 0 ? random.Next(50, 1_500) : random.Next(1_500, 6_000));
            var run = await RunIngestAsync(input, db, killAfter: delay);
            acknowledged.UnionWith(run.Added);
            killedInStartUp += run.Killed && run.Added.Count == 0 && run.Duplicates == 0 ? 1 : 0;
            run.Error.Should().NotContain("Unhandled exception", "kill {0} at {1} ms", i, delay.TotalMilliseconds);
        }

        var final = await RunIngestAsync(input, db, killAfter: null);

        final.ExitCode.Should().Be(0, "a run after {0} kills finishes on its own: {1}", kills, final.Error);
        acknowledged.UnionWith(final.Added);
        var stored = await StoredSourcesAsync(db);
        stored.Should().OnlyHaveUniqueItems("no article is stored twice");
        stored.Should().BeEquivalentTo(Directory.GetFiles(input).Select(Path.GetFileName), "every file ends up stored once");
        stored.Should().Contain(acknowledged.Select(Path.GetFileName), "every article a killed run reported added was kept");
        (await ScalarAsync(db, "PRAGMA integrity_check")).Should().Be("ok");
        await ExecuteAsync(db, "INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('integrity-check', 1)");
        killedInStartUp.Should().BePositive("some kills must land before any article is written, in the start-up window");
    }

    [Fact]
    public async Task A_server_killed_while_starting_over_a_killed_ingest_starts_and_is_healthy()
    {
        var input = CopyInput();
        var db = Path.Combine(_folder, "serve.db");
        await RunIngestAsync(input, db, killAfter: TimeSpan.FromMilliseconds(2_500));
        foreach (var delay in new[] { 300, 700, 1_100 })
        {
            await using var killed = await ServerProcess.StartAsync(db, _folder);
            await killed.KillAfterAsync(TimeSpan.FromMilliseconds(delay));
        }

        await using var server = await ServerProcess.StartAsync(db, _folder);
        var address = await server.ListeningAddressAsync(TimeSpan.FromMinutes(2));
        using var client = new HttpClient { BaseAddress = address };
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        health.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await health.Content.ReadAsStringAsync());
    }

    private string CopyInput()
    {
        var input = Directory.CreateDirectory(Path.Combine(_folder, "input")).FullName;
        var corpus = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "corpus", "dev") : null;
        var files = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
            .Concat(corpus is not null && Directory.Exists(corpus) ? Directory.GetFiles(corpus, "*.txt").Take(20) : []);
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        return input;
    }

    private static async Task<IngestRun> RunIngestAsync(string input, string db, TimeSpan? killAfter)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "NewsReader.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { app, "ingest", input, "--db", db })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var added = new List<string>();
        var duplicates = 0;
        var reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("added ", StringComparison.Ordinal))
                {
                    added.Add(line["added ".Length..].Trim().Split("  (article")[0]);
                }
                else if (line.StartsWith("duplicate ", StringComparison.Ordinal))
                {
                    duplicates++;
                }
            }
        });
        var error = process.StandardError.ReadToEndAsync();
        var killed = false;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        if (killAfter is { } delay && !await ExitsWithinAsync(process, delay))
        {
            process.Kill(entireProcessTree: true);
            killed = true;
        }

        await process.WaitForExitAsync(timeout.Token);
        await reading;
        return new IngestRun(killed, killed ? null : process.ExitCode, [.. added], duplicates, await error);
    }

    private static async Task<bool> ExitsWithinAsync(Process process, TimeSpan delay)
    {
        using var wait = new CancellationTokenSource(delay);
        try
        {
            await process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<List<string>> StoredSourcesAsync(string db)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Source FROM Articles";
        var sources = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sources.Add(Path.GetFileName(reader.GetString(0)));
        }

        return sources;
    }

    private static async Task<string> ScalarAsync(string db, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }

    private static async Task ExecuteAsync(string db, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>`serve` as its own process on a free loopback port, over the given database, seeding off.</summary>
    private sealed class ServerProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private ServerProcess(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data?.IndexOf("Now listening on: ", StringComparison.Ordinal) is int at and >= 0)
                {
                    _listening.TrySetResult(new Uri(e.Data[(at + "Now listening on: ".Length)..].Trim()));
                }
            };
            _process.ErrorDataReceived += (_, _) => { };
        }

        public static Task<ServerProcess> StartAsync(string db, string folder)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "NewsReader.Web.dll"), "serve", "--urls", "http://127.0.0.1:0", "--db", db, "--Seeds:Enabled=false" })
            {
                start.ArgumentList.Add(argument);
            }

            var server = new ServerProcess(Process.Start(start)!);
            server._process.BeginOutputReadLine();
            server._process.BeginErrorReadLine();
            return Task.FromResult(server);
        }

        public async Task KillAfterAsync(TimeSpan delay)
        {
            if (!await ExitsWithinAsync(_process, delay))
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
        }

        public async Task<Uri> ListeningAddressAsync(TimeSpan within) => await _listening.Task.WaitAsync(within);

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }

    private sealed record IngestRun(bool Killed, int? ExitCode, IReadOnlyList<string> Added, int Duplicates, string Error);
}
