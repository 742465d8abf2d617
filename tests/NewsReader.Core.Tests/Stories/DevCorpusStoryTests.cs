using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsReader.Sources;
using NewsReader.TestSupport;
using Xunit.Abstractions;

namespace NewsReader.Stories;

/// <summary>
/// Issue 5's quality targets, CI gates when ../shared is present. The 31 articles of ../shared/corpus/dev are ingested
/// into one store in manifest order (with the manifest's outlet and date; its title, else the file name, since many
/// captures have no headline line), and stories are grouped as they arrive. Story grouping: B-cubed F1 against the
/// manifest's story labels at least 0.90. Related articles: for articles whose story has 3 or more other articles,
/// the share of their top 3 related articles that are in the same story at least 0.85.
/// </summary>
public sealed class DevCorpusStoryTests(ITestOutputHelper output)
{
    private sealed record Item(string File, string Story, string? Outlet, string? Title, DateTime? Published);

    [SharedDataFact]
    public async Task Stories_and_related_articles_reach_the_targets()
    {
        var folder = Path.Combine(RepositoryPaths.Shared!, "corpus", "dev");
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json")));
        var items = manifest.RootElement.EnumerateArray().Select(e => new Item(
            e.GetProperty("file").GetString()!,
            e.GetProperty("story").GetString()!,
            e.GetProperty("outlet").GetString(),
            e.GetProperty("title").GetString(),
            e.GetProperty("published").GetString() is { } date ? DateTime.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal) : null)).ToList();
        await using var database = await TestDatabase.CreateAsync();
        var storyOf = new Dictionary<int, string>();
        foreach (var item in items)
        {
            var paragraphs = (await File.ReadAllTextAsync(Path.Combine(folder, item.File))).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var parsed = new ParsedArticle(item.Title ?? item.File, item.Outlet, item.Published, paragraphs, []);
            var outcome = await database.Ingestor().IngestAsync(parsed, item.File, CancellationToken.None);
            storyOf[outcome.ArticleId!.Value] = item.Story;
        }

        await using var db = database.CreateDbContext();
        var grouped = await db.Articles.ToDictionaryAsync(a => a.Id, a => a.StoryId.HasValue ? $"story {a.StoryId}" : $"alone {a.Id}");
        double precision = 0, recall = 0;
        foreach (var (id, gold) in storyOf)
        {
            var ours = storyOf.Keys.Where(other => grouped[other] == grouped[id]).ToList();
            var theirs = storyOf.Keys.Where(other => storyOf[other] == gold).ToList();
            precision += (double)ours.Count(other => storyOf[other] == gold) / ours.Count;
            recall += (double)theirs.Count(other => grouped[other] == grouped[id]) / theirs.Count;
        }

        precision /= storyOf.Count;
        recall /= storyOf.Count;
        var f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"stories: B-cubed precision {precision:F3}, recall {recall:F3}, F1 {f1:F3}");

        int judged = 0, right = 0;
        foreach (var (id, gold) in storyOf.Where(s => storyOf.Values.Count(v => v == s.Value) >= 4))
        {
            var top = (await SimilarArticles.FindAsync(db, id, CancellationToken.None)).Take(3).ToList();
            judged += 3;
            right += top.Count(r => storyOf[r.ArticleId] == gold);
        }

        var relatedPrecision = (double)right / judged;
        output.WriteLine($"related: top-3 precision {relatedPrecision:F3} ({right}/{judged})");
        f1.Should().BeGreaterThanOrEqualTo(0.90);
        relatedPrecision.Should().BeGreaterThanOrEqualTo(0.85);
    }
}
