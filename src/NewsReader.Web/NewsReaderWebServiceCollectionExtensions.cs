using NewsReader.Fetching;
using NewsReader.Web.Startup;

namespace NewsReader.Web;

public static class NewsReaderWebServiceCollectionExtensions
{
    /// <summary>The web app's services: the core over the configured database, migration and seeding at start, and pages.</summary>
    public static IServiceCollection AddNewsReaderWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddNewsReaderCore(DatabaseLocation.ConnectionString(configuration, environment.ContentRootPath));
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<DatabaseMigration>();
        services.AddSingleton<SeedingProgress>();
        services.AddHostedService<SeedIngestion>();
        services.AddRazorPages();
        return services;
    }
}
