using NewsReader.Export;

namespace NewsReader.Web.CommandLine;

/// <summary>`export`: the whole store as JSON on standard output.</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(arguments.DbPath, cancellationToken);
        await host.Services.GetRequiredService<StoreExporter>().WriteAsync(console.OutStream, cancellationToken);
        await console.OutStream.FlushAsync(cancellationToken);
        console.Out.WriteLine();
        return ExitCodes.Success;
    }
}
