using System.Diagnostics;
using System.Globalization;
using NewsReader.Nlp.Conll;
using NewsReader.Nlp.Gazetteers;
using NewsReader.Nlp.Tagging;
using NewsReader.Nlp.Training;

// Usage: dotnet run --project tools/NerTrainer -c Release -- [--shared ../shared] [--epochs 12] [--out <model>]
var shared = Option("--shared") ?? Path.Combine("..", "shared");
var epochs = int.Parse(Option("--epochs") ?? "12", CultureInfo.InvariantCulture);
var output = Option("--out");
var trainPath = Path.Combine(shared, "data", "conll2003", "eng.train");
var devPath = Path.Combine(shared, "data", "conll2003", "eng.testa");
if (!File.Exists(trainPath) || !File.Exists(devPath))
{
    Console.Error.WriteLine($"error: CoNLL-2003 data not found under {Path.GetFullPath(shared)}/data/conll2003 (pass --shared <folder>)");
    return 2;
}

var clock = Stopwatch.StartNew();
var training = ConllReader.Read(trainPath);
var development = ConllReader.Read(devPath);
Console.WriteLine($"train: {training.TokenCount:N0} tokens; dev: {development.TokenCount:N0} tokens");
var ensemble = int.Parse(Option("--ensemble") ?? "1", CultureInfo.InvariantCulture);
var seed = int.Parse(Option("--seed") ?? "17", CultureInfo.InvariantCulture);
var trainer = new PerceptronTrainer(NameLists.LoadEmbedded(), seed, ensemble);
var twoStages = !args.Contains("--one-stage");
var model = trainer.Train(training, development, epochs, twoStages, r =>
    Console.WriteLine($"{r.Stage} stage, epoch {r.Epoch,2}: dev F1 {r.DevelopmentF1 * 100:F2}  ({r.Mistakes:N0} sentences wrong)  {clock.Elapsed.TotalSeconds:F0}s"));

var (predicted, score) = ConllTagging.Tag(model, development);
if (Option("--dev-output") is { } devOutput)
{
    await using var writer = File.CreateText(devOutput);
    ConllTagging.WritePredictions(development, predicted, writer);
}

foreach (var type in score.Types)
{
    var c = score.For(type);
    Console.WriteLine($"{type,-5} P {c.Precision * 100:F2}  R {c.Recall * 100:F2}  F1 {c.F1 * 100:F2}");
}

Console.WriteLine($"best dev F1 {score.Overall.F1 * 100:F2}, {model.FeatureCount:N0} features");
var prune = float.Parse(Option("--prune") ?? "0", CultureInfo.InvariantCulture);
if (output is not null)
{
    await using (var file = File.Create(output))
    {
        var bytes = EntityTaggerModelFile.Write(model, file, prune);
        Console.WriteLine($"wrote {output}: {bytes:N0} bytes");
    }

    // Score what was written, as the app will load it: half-precision weights, pruned features.
    await using var saved = File.OpenRead(output);
    var loaded = EntityTaggerModelFile.Read(saved, NameLists.LoadEmbedded());
    Console.WriteLine($"saved model: dev F1 {PerceptronTrainer.Evaluate(loaded, development).Overall.F1 * 100:F2}, {loaded.FeatureCount:N0} features");
}

return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
