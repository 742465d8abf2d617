using NewsReader.Storage;

namespace NewsReader.Web.Startup;

/// <summary>Before the app serves a page: bring the database to the current schema.</summary>
internal sealed class DatabaseMigration(DatabaseInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
