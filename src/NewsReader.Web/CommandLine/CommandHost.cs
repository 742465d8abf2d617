using NewsReader.Fetching;
using NewsReader.Storage;
using NewsReader.Web.Startup;

namespace NewsReader.Web.CommandLine;

/// <summary>The core services over the chosen database, for a command that runs once and exits; logs go to stderr.</summary>
internal static class CommandHost
{
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
        builder.Services.AddNewsReaderCore(DatabaseLocation.ConnectionString(builder.Configuration, builder.Environment.ContentRootPath));
        builder.Services.AddOptions<FetchOptions>().Bind(builder.Configuration.GetSection(FetchOptions.Section));
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        return host;
    }
}
