using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsReader.Entities.Recognition;
using NewsReader.Export;
using NewsReader.Fetching;
using NewsReader.Ingestion;
using NewsReader.Nlp.Tagging;
using NewsReader.Storage;

namespace NewsReader;

public static class NewsReaderCoreServiceCollectionExtensions
{
    /// <summary>
    /// The core: storage on SQLite at <paramref name="connectionString"/>, ingestion from files, URLs and uploads, entities,
    /// export. Its options (<see cref="FetchOptions"/>) are bound and validated by the host's composition root.
    /// </summary>
    public static IServiceCollection AddNewsReaderCore(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextFactory<NewsReaderDbContext>(options => options.UseNewsReaderStore(connectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => Gazetteer.LoadEmbedded());
        services.AddSingleton(_ => new Lazy<EntityTaggerModel>(EntityTaggerModel.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication));
        services.AddSingleton<IEntityRecognizer, TaggerEntityRecognizer>();
        services.AddSingleton<DatabaseInitializer>();
        services.TryAddSingleton(Stories.StoryModel.Trained);
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<WebFetcher>();
        services.AddSingleton<SourceIngestor>();
        services.AddSingleton<Subscriptions.SubscriptionPoller>();
        services.AddSingleton<Subscriptions.FeedSubscriptions>();
        services.AddSingleton<StoreExporter>();
        services.AddSingleton<Search.EntityNameIndex>();
        return services;
    }
}
