using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Ingestion;
using NewsReader.TestSupport;

namespace NewsReader.Web.TestSupport;

/// <summary>
/// The whole app over its own SQLite file, seeded from the repository's seeds/ before it serves (or, when asked,
/// in the background as a first start does). Extra settings (an administrator, rate limits) override the defaults.
/// </summary>
public sealed class NewsReaderWebFactory(bool seedInBackground = false, bool seedingEnabled = true, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-web-").FullName;

    public string DatabasePath => Path.Combine(_folder, "web.db");

    /// <summary>Adds a plain-text article through the app's own ingestion, as the CLI would.</summary>
    public async Task<int> IngestTextAsync(string fileName, string content)
    {
        var path = Path.Combine(_folder, fileName);
        await File.WriteAllTextAsync(path, content);
        var outcome = await Services.GetRequiredService<SourceIngestor>().IngestFileAsync(path, CancellationToken.None);
        return outcome.ArticleId ?? throw new InvalidOperationException($"ingest failed: {outcome}");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:NewsReader", $"Data Source={DatabasePath}");
        builder.UseSetting("Seeds:Path", RepositoryPaths.Seeds);
        builder.UseSetting("Seeds:WaitBeforeServing", seedInBackground ? "false" : "true");
        builder.UseSetting("Seeds:Enabled", seedingEnabled ? "true" : "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
