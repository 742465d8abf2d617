using NewsReader.Ingestion;
using NewsReader.Sources;

namespace NewsReader.Web.CommandLine;

/// <summary>
/// `ingest &lt;path-or-url&gt;... [--follow-links]`: a line per article (a feed gives several), a summary, and an exit
/// code a script can trust.
/// </summary>
internal static class IngestCommand
{
    /// <summary>Below this many files the per-file lines are progress enough.</summary>
    private const int ProgressBarThreshold = 20;

    public static async Task<int> RunAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(arguments.DbPath, cancellationToken);
        var files = SourceFile.ExpandPaths(arguments.Paths);
        using var bar = console.IsTerminal && files.Count >= ProgressBarThreshold ? new ProgressBar(console.Error, files.Count) : null;
        var progress = new LineProgress<IngestOutcome>(outcome =>
        {
            bar?.Clear();
            console.Out.WriteLine(outcome.ToString());
            bar?.Advance();
        });
        var outcomes = await host.Services.GetRequiredService<SourceIngestor>().IngestAsync(files, new IngestOptions(arguments.FollowLinks), progress, cancellationToken);
        bar?.Clear();

        var failed = outcomes.Count(o => o.Status == IngestStatus.Failed);
        console.Out.WriteLine(
            $"{outcomes.Count} articles from {files.Count} sources: {outcomes.Count(o => o.Status == IngestStatus.Added)} added, " +
            $"{outcomes.Count(o => o.Status == IngestStatus.Duplicate)} duplicate, {failed} failed");
        return failed == 0 ? ExitCodes.Success : ExitCodes.InputFailed;
    }
}
