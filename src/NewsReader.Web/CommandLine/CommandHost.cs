using Microsoft.Extensions.Options;
using NewsReader.Storage;
using NewsReader.Web.Startup;

namespace NewsReader.Web.CommandLine;

/// <summary>
/// The services the web app has (<see cref="NewsReaderWebServiceCollectionExtensions.AddNewsReaderApp"/>), over the
/// chosen database, for a command that runs once and exits; options are validated before any work, logs go to stderr.
/// </summary>
internal static class CommandHost
{
    /// <summary>The host, or an <see cref="OptionsValidationException"/> naming each setting that is out of bounds.</summary>
    public static async Task<IHost> StartAsync(string? dbPath, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        AppFolderSettings.AddAsLowestPriority(builder.Configuration);
        if (dbPath is not null)
        {
            builder.Configuration[DatabaseLocation.DbOption] = dbPath;
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddNewsReaderApp(builder.Configuration, builder.Environment.ContentRootPath);
        var host = builder.Build();
        try
        {
            // What ValidateOnStart checks when a web host starts; a command's host is never started.
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }
}
