using NewsReader.Fetching;
using NewsReader.Subscriptions;
using NewsReader.Web.Startup;

namespace NewsReader.Web;

/// <summary>
/// The one composition root: <see cref="AddNewsReaderApp"/> is what the web app and the command line share (the core
/// over the configured database, its options bound and validated); <see cref="AddNewsReaderWeb"/> adds what serving needs.
/// </summary>
public static class NewsReaderWebServiceCollectionExtensions
{
    /// <summary>The core over the configured database, with every core option bound from configuration and validated at start.</summary>
    public static IServiceCollection AddNewsReaderApp(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        services.AddNewsReaderCore(DatabaseLocation.ConnectionString(configuration, contentRootPath));
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SubscriptionOptions>().Bind(configuration.GetSection(SubscriptionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>The web app's services: the shared core, migration and seeding at start, and pages.</summary>
    public static IServiceCollection AddNewsReaderWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddNewsReaderApp(configuration, environment.ContentRootPath);
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<DatabaseMigration>();
        services.AddSingleton<SeedingProgress>();
        services.AddHostedService<SeedIngestion>();
        services.AddHostedService<SubscriptionPolling>();
        services.AddRazorPages();
        return services;
    }
}
