using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace NewsReader.Tools.StoryModelTraining;

/// <summary>
/// Whether lead embeddings (<see cref="LeadEmbeddings"/>) help the story model: the candidate pairs of one ingest,
/// scored by a logistic regression on the model's features with and without the cosine of the two leads'
/// embeddings, each fitted without the held-out story and scored on its pairs (leave one story out). Pair-level
/// figures: log-loss, and precision and recall of "one story" at probability 0.5. Also the embedding cost.
/// </summary>
internal static class EmbeddingMeasurement
{
    public static async Task RunAsync(IReadOnlyList<LabelledArticle> articles, CorpusRun run, IReadOnlyList<LabelledPair> pairs)
    {
        using var embeddings = new LeadEmbeddings();
        await using var db = new CorpusRunner.StoreFile(run.StorePath).CreateDbContext();
        var stored = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Title, a.TitleDerived, a.Text }).ToDictionaryAsync(a => a.Id);
        var clock = Stopwatch.StartNew();
        var vectors = run.Ids.ToDictionary(
            p => p.Key,
            p => embeddings.Embed(stored[p.Value].TitleDerived ? stored[p.Value].Text : stored[p.Value].Title + "\n" + stored[p.Value].Text),
            StringComparer.Ordinal);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"embedded {vectors.Count} leads of up to {LeadEmbeddings.MaxPieces} word pieces in {seconds:F1} s on one thread: "
            + $"{vectors.Count / seconds:F1} articles/s, {embeddings.Pieces / seconds:F0} word pieces/s");

        var withCosine = pairs.Select(p => p with { Features = [.. p.Features, LeadEmbeddings.Cosine(vectors[p.First], vectors[p.Second])] }).ToList();
        var storyOf = articles.ToDictionary(a => a.Key, a => a.Story, StringComparer.Ordinal);
        Console.WriteLine($"cosine alone, AUC over the {pairs.Count} candidate pairs: {Auc(withCosine.Select(p => (p.Features[^1], p.Same)).ToList()):F3}");
        foreach (var (name, set) in new[] { ("model features", pairs), ("model features and lead cosine", withCosine) })
        {
            var scored = new List<(double Probability, bool Same)>();
            foreach (var story in articles.Select(a => a.Story).Distinct(StringComparer.Ordinal))
            {
                bool Touches(LabelledPair p) => storyOf[p.First] == story || storyOf[p.Second] == story;
                var weights = LogisticRegression.Fit(set.Where(p => !Touches(p)).ToList());
                scored.AddRange(set.Where(Touches).Select(p => (Probability(weights, p.Features), p.Same)));
            }

            var logLoss = -scored.Average(s => Math.Log(Math.Clamp(s.Same ? s.Probability : 1 - s.Probability, 1e-9, 1)));
            var truePositives = scored.Count(s => s.Same && s.Probability >= 0.5);
            var precision = (double)truePositives / Math.Max(1, scored.Count(s => s.Probability >= 0.5));
            var recall = (double)truePositives / scored.Count(s => s.Same);
            Console.WriteLine($"{name}, leave one story out ({scored.Count} pair scores): log-loss {logLoss:F3}, AUC {Auc(scored):F3}, "
                + $"at 0.5 precision {precision:F3} recall {recall:F3} F1 {2 * precision * recall / (precision + recall):F3}");
        }
    }

    private static double Probability(double[] weights, double[] features) =>
        1 / (1 + Math.Exp(-(weights[0] + features.Select((x, i) => x * weights[i + 1]).Sum())));

    /// <summary>The chance that a random pair of one story scores above a random pair of two (ties count half).</summary>
    private static double Auc(List<(double Score, bool Same)> scored)
    {
        var positives = scored.Where(s => s.Same).Select(s => s.Score).ToList();
        var negatives = scored.Where(s => !s.Same).Select(s => s.Score).ToList();
        var wins = positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0));
        return wins / ((double)positives.Count * negatives.Count);
    }
}
