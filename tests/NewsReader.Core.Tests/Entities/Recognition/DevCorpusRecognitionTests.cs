using System.Text.Json;
using NewsReader.Nlp.Tagging;
using NewsReader.TestSupport;
using Xunit.Abstractions;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Issue 3's modern-news target, a CI gate when ../shared is present: on the 31 real 2024 articles of
/// ../shared/corpus/dev, person, place and organisation surface forms are found with recall of at least 0.90
/// and precision of at least 0.85 against gold-entities.json. Counted per article over distinct (surface, kind)
/// pairs; names only in credits and bylines, and event mentions, count neither way.
/// </summary>
public sealed class DevCorpusRecognitionTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Names_in_modern_news_are_found_with_the_target_recall_and_precision()
    {
        var folder = Path.Combine(RepositoryPaths.Shared!, "corpus", "dev");
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold-entities.json")));
        var recognizer = new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded());
        int goldCount = 0, found = 0, predicted = 0, correct = 0;
        foreach (var article in gold.RootElement.EnumerateObject())
        {
            var (expected, ignored) = GoldOf(article.Value);
            var actual = recognizer.Recognize(File.ReadAllText(Path.Combine(folder, article.Name)))
                .Where(m => m.Kind != EntityKind.Event)
                .Select(m => (m.Text, m.Kind))
                .Where(x => !ignored.Contains(x.Text) || expected.Contains(x))
                .ToHashSet();
            goldCount += expected.Count;
            found += expected.Count(actual.Contains);
            predicted += actual.Count;
            correct += actual.Count(expected.Contains);
        }

        var recall = (double)found / goldCount;
        var precision = (double)correct / predicted;
        output.WriteLine($"recall {recall:F3} ({found}/{goldCount}), precision {precision:F3} ({correct}/{predicted})");
        recall.Should().BeGreaterThanOrEqualTo(0.90);
        precision.Should().BeGreaterThanOrEqualTo(0.85);
    }

    /// <summary>
    /// Event mentions found, as distinct surface forms per article. Issue 4 targets a recall of at least 0.5;
    /// measured 0.902 (46 of 51), and this floor guards most of it.
    /// </summary>
    [SharedDataFact]
    public void Event_mentions_in_modern_news_are_found_at_the_measured_recall()
    {
        var folder = Path.Combine(RepositoryPaths.Shared!, "corpus", "dev");
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold-entities.json")));
        var recognizer = new TaggerEntityRecognizer(EntityTaggerModel.LoadEmbedded(), Gazetteer.LoadEmbedded());
        int goldCount = 0, found = 0;
        foreach (var article in gold.RootElement.EnumerateObject())
        {
            var expected = article.Value.EnumerateArray()
                .Where(e => e.GetProperty("type").GetString() == "event")
                .SelectMany(e => e.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!))
                .ToHashSet(StringComparer.Ordinal);
            var actual = recognizer.Recognize(File.ReadAllText(Path.Combine(folder, article.Name)))
                .Where(m => m.Kind == EntityKind.Event).Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
            goldCount += expected.Count;
            found += expected.Count(actual.Contains);
        }

        var recall = (double)found / goldCount;
        output.WriteLine($"event recall {recall:F3} ({found}/{goldCount})");
        recall.Should().BeGreaterThanOrEqualTo(0.85);
    }

    private static (HashSet<(string, EntityKind)> Expected, HashSet<string> Ignored) GoldOf(JsonElement entities)
    {
        var expected = new HashSet<(string, EntityKind)>();
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities.EnumerateArray())
        {
            var kind = entity.GetProperty("type").GetString() switch
            {
                "person" => EntityKind.Person,
                "place" => EntityKind.Place,
                "organisation" => EntityKind.Organization,
                _ => (EntityKind?)null,
            };
            var credit = entity.TryGetProperty("role", out var role) && role.GetString() is "credit" or "byline";
            foreach (var mention in entity.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()!))
            {
                if (kind is null || credit)
                {
                    ignored.Add(mention);
                }
                else
                {
                    expected.Add((mention, kind.Value));
                }
            }
        }

        return (expected, ignored);
    }
}
