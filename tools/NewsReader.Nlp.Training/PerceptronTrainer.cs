using NewsReader.Nlp.Conll;
using NewsReader.Nlp.Gazetteers;
using NewsReader.Nlp.Tagging;

namespace NewsReader.Nlp.Training;

/// <summary>What one training epoch reached on the development data.</summary>
public sealed record EpochReport(string Stage, int Epoch, double DevelopmentF1, int Mistakes);

/// <summary>
/// Trains the two-stage tagger. Each stage is a structured averaged perceptron (Collins 2002): decode a training
/// sentence with Viterbi and, where the best path differs from the gold one, move weight from the predicted
/// path's features to the gold path's; the averaged weights are kept. The second stage reads the first stage's
/// tags of the same words elsewhere in the document; on training documents those come from first stages trained
/// without them (jackknifing), so the second stage learns how far to trust a first pass that can be wrong.
/// Deterministic: the same data gives the same model.
/// </summary>
public sealed class PerceptronTrainer(NameLists names, int seed = 17, int ensemble = 1)
{
    private const int Folds = 5;

    public EntityTaggerModel Train(ConllFile training, ConllFile development, int epochs, bool twoStages, Action<EpochReport>? report = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(development);
        var train = training.Documents.Select(Facts).ToList();
        var dev = development.Documents.Select(Facts).ToList();
        var trainGold = training.Documents.Select(GoldTags).ToList();
        var devGold = development.Documents.Select(GoldTags).ToList();

        var (first, bestEpoch) = PerceptronStage.Train(train, trainGold, dev, devGold, epochs, seed, r => report?.Invoke(r with { Stage = "first" }), ensemble);
        if (!twoStages)
        {
            return new EntityTaggerModel(first, null, names);
        }

        for (var fold = 0; fold < Folds; fold++)
        {
            var held = Enumerable.Range(0, train.Count).Where(d => d % Folds == fold).ToList();
            var rest = Enumerable.Range(0, train.Count).Where(d => d % Folds != fold).ToList();
            var (foldModel, _) = PerceptronStage.Train(rest.Select(d => train[d]).ToList(), rest.Select(d => trainGold[d]).ToList(), [], [], bestEpoch, seed, null);
            var scratch = new TaggingScratch();
            foreach (var d in held)
            {
                train[d].SetHints(foldModel.TagDocument(train[d], scratch));
            }
        }

        var devScratch = new TaggingScratch();
        foreach (var document in dev)
        {
            document.SetHints(first.TagDocument(document, devScratch));
        }

        var (second, _) = PerceptronStage.Train(train, trainGold, dev, devGold, epochs, seed, r => report?.Invoke(r with { Stage = "second" }), ensemble);
        return new EntityTaggerModel(first, second, names);
    }

    /// <summary>Scores a model on a CoNLL file, entity-level as conlleval.</summary>
    public static EntityScore Evaluate(EntityTaggerModel model, ConllFile file) => ConllTagging.Tag(model, file).Score;

    private DocumentFacts Facts(ConllDocument document) =>
        new(document.Words, names);

    private static int[][] GoldTags(ConllDocument document) =>
        document.Sentences.Select(s => s.Select(t => EntityTags.Parse(t.GoldTag)).ToArray()).ToArray();
}
