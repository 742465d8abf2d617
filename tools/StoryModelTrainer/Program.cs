using System.Diagnostics;
using System.Globalization;
using NewsReader.Stories;
using NewsReader.Tools.StoryModelTraining;

// Learns the story model (NewsReader.Stories.StoryModel) from the development corpora, the way a user's `ingest`
// meets them, and reports it in-sample and under leave-one-story-out cross-validation.
// Usage: dotnet run --project tools/StoryModelTrainer -c Release -- [--shared ../shared] [--folds N]
// Measuring whether lead embeddings help (pair level, instead of learning; EmbeddingMeasurement):
//   dotnet run --project tools/StoryModelTrainer -c Release -p:WithEmbeddings=true -- --embeddings
var shared = Option("--shared") ?? Path.Combine("..", "shared");
if (!Directory.Exists(Path.Combine(shared, "corpus", "dev")))
{
    Console.Error.WriteLine($"error: the development corpora are not under {Path.GetFullPath(shared)}/corpus (pass --shared <folder>)");
    return 2;
}

var clock = Stopwatch.StartNew();
var articles = LabelledCorpus.Load(shared);
await using var runner = await CorpusRunner.CreateAsync();
Console.WriteLine($"{articles.Count} articles, {articles.Select(a => a.Story).Distinct().Count()} stories");

var baseline = await runner.RunAsync(articles, StoryModel.Trained);
Console.WriteLine($"current model: {BCubed.Of(articles, baseline.Groups)}  ({baseline.Seconds:F1} s a run, {clock.Elapsed.TotalSeconds:F0} s)");

var pairs = await CorpusRunner.PairsAsync(articles, baseline);
Console.WriteLine($"{pairs.Count} candidate pairs, {pairs.Count(p => p.Same)} of one story");

if (args.Contains("--embeddings"))
{
#if WITH_EMBEDDINGS
    await EmbeddingMeasurement.RunAsync(articles, baseline, pairs);
    return 0;
#else
    Console.Error.WriteLine("error: build with the embedding packages: dotnet run --project tools/StoryModelTrainer -c Release -p:WithEmbeddings=true -- --embeddings");
    return 2;
#endif
}

var thresholds = Enumerable.Range(2, 7).Select(i => i / 10.0).ToArray();
async Task<StoryModel> FitAsync(IReadOnlyList<LabelledArticle> training, bool report = false)
{
    var names = training.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
    var weights = LogisticRegression.Fit(pairs.Where(p => names.Contains(p.First) && names.Contains(p.Second)).ToList());

    // The join threshold first (merging at the same level), then the merge threshold from the join threshold up to
    // "never" (above 1). Near-ties go to the higher threshold: a wrong merge misleads a reader more than a story
    // split in two.
    var join = await BestAsync(thresholds, threshold => StoryModel.From(weights, threshold, threshold));
    var merge = await BestAsync(thresholds.Where(t => t >= join).Append(1.01).ToArray(), threshold => StoryModel.From(weights, join, threshold));

    // The split threshold last, from "never" (0) up to the join threshold; near-ties go to the lower one: a story
    // re-checked apart on thin evidence loses reports the reader had seen together.
    var split = await BestAsync(SplitThresholds.Where(t => t <= join).ToArray(), threshold => StoryModel.From(weights, join, merge, threshold), preferHigher: false);
    return StoryModel.From(weights, join, merge, split);

    async Task<double> BestAsync(double[] candidates, Func<double, StoryModel> model, bool preferHigher = true)
    {
        var scored = new List<(double Threshold, double F1)>();
        foreach (var threshold in candidates)
        {
            var run = await runner.RunAsync(training, model(threshold));
            scored.Add((threshold, BCubed.Of(training, run.Groups).F1));
        }

        if (report)
        {
            Console.WriteLine($"  tried {string.Join(", ", scored.Select(s => $"{s.Threshold:F2}: F1 {s.F1:F3}"))}");
        }

        var bestF1 = scored.Max(s => s.F1);
        var tied = scored.Where(s => s.F1 >= bestF1 - NearTie).ToList();
        return (preferHigher ? tied.MaxBy(s => s.Threshold) : tied.MinBy(s => s.Threshold)).Threshold;
    }
}

var trained = await FitAsync(articles, report: true);
var inSample = await runner.RunAsync(articles, trained);
Console.WriteLine($"learned: {trained}");
Console.WriteLine($"in-sample: {BCubed.Of(articles, inSample.Groups)}, related top-3 {await CorpusRunner.RelatedPrecisionAsync(articles, inSample, trained):F3}  ({clock.Elapsed.TotalSeconds:F0} s)");

// Leave one story out: the model is fitted and its threshold chosen without the story, then the whole corpus is
// ingested with it and the held-out story's articles are scored. Each article is held out once.
var stories = articles.Select(a => a.Story).Distinct(StringComparer.Ordinal).ToList();
var folds = int.Parse(Option("--folds") ?? stories.Count.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
var heldOutScores = new List<(double Precision, double Recall)>();
foreach (var story in stories.Take(folds))
{
    var model = await FitAsync(articles.Where(a => a.Story != story).ToList());
    var run = await runner.RunAsync(articles, model);
    var scores = BCubed.PerArticle(articles, run.Groups).Where(s => s.Article.Story == story).Select(s => (s.Precision, s.Recall)).ToList();
    heldOutScores.AddRange(scores);
    Console.WriteLine($"  held out {story}: thresholds {model.JoinThreshold:F1} / {model.MergeThreshold:F2} / {model.SplitThreshold:F1}, precision {scores.Average(s => s.Precision):F3}, recall {scores.Average(s => s.Recall):F3}");
}

if (heldOutScores.Count == 0)
{
    return 0;
}

var (p, r) = (heldOutScores.Average(s => s.Precision), heldOutScores.Average(s => s.Recall));
Console.WriteLine($"cross-validated (leave one story out, {folds} folds): B-cubed precision {p:F3}, recall {r:F3}, F1 {2 * p * r / (p + r):F3}  ({clock.Elapsed.TotalSeconds:F0} s)");
return 0;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

/// <summary>Thresholds whose F1 is within this of the best count as tied.</summary>
internal static partial class Program
{
    private const double NearTie = 0.005;

    /// <summary>The split thresholds tried: never (0), then up to the join threshold.</summary>
    private static readonly double[] SplitThresholds = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
}
