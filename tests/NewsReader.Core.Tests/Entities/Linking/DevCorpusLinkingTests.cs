using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsReader.Sources;
using NewsReader.TestSupport;
using Xunit.Abstractions;

namespace NewsReader.Entities.Linking;

/// <summary>
/// Issue 4's linking target, a CI gate when ../shared is present: the 31 articles of ../shared/corpus/dev are
/// ingested into one store, in file order, and for each gold entity (its type and canonical name, across the corpus:
/// gold names are the same in every file) the mentions we stored of it (mentions in that article whose text is one
/// of its surface forms) all land on one stored entity in at least 95% of cases. Entities none of whose mentions we
/// found count neither way; credits and bylines are left out.
/// </summary>
public sealed class DevCorpusLinkingTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public async Task The_mentions_of_each_gold_entity_land_on_one_stored_entity()
    {
        var folder = Path.Combine(RepositoryPaths.Shared!, "corpus", "dev");
        using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "gold-entities.json")));
        await using var database = await TestDatabase.CreateAsync();
        var ingestor = database.Ingestor();
        var articleIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in gold.RootElement.EnumerateObject().Select(a => a.Name).Order(StringComparer.Ordinal))
        {
            // The captures are ingested whole, clutter and all: many have no headline line for the plain-text parser.
            var paragraphs = (await File.ReadAllTextAsync(Path.Combine(folder, file))).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var outcome = await ingestor.IngestAsync(new ParsedArticle(file, null, null, paragraphs, []), file, CancellationToken.None);
            articleIds[file] = outcome.ArticleId!.Value;
        }

        await using var db = database.CreateDbContext();
        var landings = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var article in gold.RootElement.EnumerateObject())
        {
            var stored = (await db.Mentions.Where(m => m.ArticleId == articleIds[article.Name]).Select(m => new { m.Text, m.EntityId }).ToListAsync())
                .ToLookup(m => m.Text, m => m.EntityId, StringComparer.Ordinal);
            foreach (var entity in article.Value.EnumerateArray().Where(e => !e.TryGetProperty("role", out _)))
            {
                var name = $"{entity.GetProperty("type").GetString()}: {entity.GetProperty("name").GetString()}";
                var entityIds = entity.GetProperty("mentions").EnumerateArray().SelectMany(m => stored[m.GetString()!]).ToList();
                if (entityIds.Count > 0)
                {
                    landings.TryAdd(name, []);
                    landings[name].UnionWith(entityIds);
                }
            }
        }

        var names = await db.Entities.ToDictionaryAsync(e => e.Id, e => $"{e.Kind} {e.Name}");
        foreach (var (name, entityIds) in landings.Where(l => l.Value.Count > 1).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"split: {name} -> {string.Join(" | ", entityIds.Select(id => names[id]))}");
        }

        var whole = landings.Count(l => l.Value.Count == 1);
        var share = (double)whole / landings.Count;
        output.WriteLine($"gold entities on one stored entity {share:F3} ({whole}/{landings.Count})");
        share.Should().BeGreaterThanOrEqualTo(0.95);
    }
}
