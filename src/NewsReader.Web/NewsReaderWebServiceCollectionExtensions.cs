using NewsReader.Web.Startup;

namespace NewsReader.Web;

public static class NewsReaderWebServiceCollectionExtensions
{
    /// <summary>The web app's services: the core over the configured database, start-up tasks, and pages.</summary>
    public static IServiceCollection AddNewsReaderWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddNewsReaderCore(DatabaseLocation.ConnectionString(configuration, environment.ContentRootPath));
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<StartupDatabaseTasks>();
        services.AddRazorPages();
        return services;
    }
}
