using Microsoft.Extensions.Options;

namespace NewsReader.Web.CommandLine;

/// <summary>Runs the verbs that do their work and exit; `serve` is Program's, since it builds the web host.</summary>
public static class CommandLineApp
{
    public static async Task<int> RunAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        if (arguments.Error is not null)
        {
            await console.Error.WriteLineAsync($"error: {arguments.Error}\n\n{Usage.Text}");
            return ExitCodes.BadUsage;
        }

        try
        {
            return await RunVerbAsync(arguments, console, cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            await console.Error.WriteLineAsync($"error: the configuration is not valid: {string.Join("; ", ex.Failures)}");
            return ExitCodes.BadUsage;
        }
    }

    private static async Task<int> RunVerbAsync(CommandLineArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        switch (arguments.Verb)
        {
            case CommandLineArguments.Ingest:
                return await IngestCommand.RunAsync(arguments, console, cancellationToken);
            case CommandLineArguments.Export:
                return await ExportCommand.RunAsync(arguments, console, cancellationToken);
            case CommandLineArguments.Extract:
                return await ExtractCommand.RunAsync(arguments, console, cancellationToken);
            case CommandLineArguments.Backup:
                return await BackupCommand.RunAsync(arguments, console, cancellationToken);
            case CommandLineArguments.Subscribe:
                return await SubscriptionCommands.SubscribeAsync(arguments, console, cancellationToken);
            case CommandLineArguments.Unsubscribe:
                return await SubscriptionCommands.UnsubscribeAsync(arguments, console, cancellationToken);
            case CommandLineArguments.Subscriptions:
                return await SubscriptionCommands.ListAsync(arguments, console, cancellationToken);
            case CommandLineArguments.Poll:
                return await SubscriptionCommands.PollAsync(arguments, console, cancellationToken);
            case CommandLineArguments.Opml:
                return await SubscriptionCommands.OpmlAsync(arguments, console, cancellationToken);
            case CommandLineArguments.HashPassword:
                return await HashPasswordCommand.RunAsync(console);
            case CommandLineArguments.NerEval:
                return await NerEvalCommand.RunAsync(arguments, console, cancellationToken);
            default:
                await console.Out.WriteLineAsync(Usage.Text);
                return ExitCodes.Success;
        }
    }
}
