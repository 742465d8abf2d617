using System.Globalization;
using NewsReader.Storage;

namespace NewsReader.Web.CommandLine;

/// <summary>`backup &lt;file&gt;`: a consistent, checked copy of the store (<see cref="StoreBackup"/>), safe while the app runs.</summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(arguments.DbPath, cancellationToken);
        using var scope = host.Services.CreateScope();
        BackupResult result;
        try
        {
            result = await StoreBackup.WriteAsync(scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>(), arguments.Paths[0], cancellationToken);
        }
        catch (IOException ex)
        {
            await console.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.InputFailed;
        }

        var size = (result.Bytes / 1_048_576.0).ToString("N1", CultureInfo.InvariantCulture);
        if (!result.IsSound)
        {
            await console.Error.WriteLineAsync($"error: the copy at {result.Path} failed SQLite's integrity check: {result.IntegrityCheck}");
            return ExitCodes.InputFailed;
        }

        await console.Out.WriteLineAsync($"backed up {result.Articles.ToString("N0", CultureInfo.InvariantCulture)} articles to {result.Path} ({size} MiB, integrity ok)");
        return ExitCodes.Success;
    }
}
