using NewsReader.Nlp.Conll;
using NewsReader.Nlp.Tagging;

namespace NewsReader.Nlp.Training;

/// <summary>Trains one linear-chain stage with the structured averaged perceptron; see <see cref="PerceptronTrainer"/>.</summary>
internal static class PerceptronStage
{
    private const int T = 9;

    /// <summary>
    /// Trains for up to <paramref name="epochs"/> passes and returns the averaged model of the epoch that scored
    /// best on the development documents (the last epoch when there are none), with that epoch's number.
    /// </summary>
    public static (LinearChainModel Model, int Epoch) Train(
        IReadOnlyList<DocumentFacts> documents, IReadOnlyList<int[][]> gold,
        IReadOnlyList<DocumentFacts> development, IReadOnlyList<int[][]> developmentGold,
        int epochs, int seed, Action<EpochReport>? report, int ensemble = 1)
    {
        var table = new FeatureTable(1 << 20);
        var sentences = Prepare(documents, gold, table);
        var (model, epoch) = TrainOnce(table, sentences, development, developmentGold, epochs, seed, report);
        if (ensemble <= 1)
        {
            return (model, epoch);
        }

        // Averaging models trained on other sentence orders smooths the perceptron's dependence on one order.
        var weights = (float[])model.Weights.Clone();
        var transitions = (float[])model.Transitions.Clone();
        for (var k = 1; k < ensemble; k++)
        {
            var (other, _) = TrainOnce(table, sentences, [], [], epoch, seed + (k * 7919), null);
            Accumulate(weights, other.Weights);
            Accumulate(transitions, other.Transitions);
        }

        Scale(weights, 1f / ensemble);
        Scale(transitions, 1f / ensemble);
        return (new LinearChainModel(table, weights, transitions), epoch);
    }

    private static void Accumulate(float[] into, float[] add)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += add[i];
        }
    }

    private static void Scale(float[] values, float factor)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }

    private static (LinearChainModel Model, int Epoch) TrainOnce(
        FeatureTable table, List<TrainingSentence> sentences,
        IReadOnlyList<DocumentFacts> development, IReadOnlyList<int[][]> developmentGold,
        int epochs, int seed, Action<EpochReport>? report)
    {
        var weights = new float[table.Count * T];
        var totals = new double[table.Count * T];
        var transitions = new float[(T + 1) * T];
        var transitionTotals = new double[(T + 1) * T];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var scratch = new TaggingScratch();
        var step = 1.0;
        (LinearChainModel? Model, int Epoch, double F1) best = (null, 0, -1);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var predicted = Decode(sentence, weights, transitions, scratch);
                if (!predicted.AsSpan().SequenceEqual(sentence.Gold))
                {
                    mistakes++;
                    Update(sentence, predicted, weights, totals, transitions, transitionTotals, step);
                }

                step++;
            }

            if (development.Count == 0 && epoch < epochs)
            {
                continue;
            }

            var model = Averaged(table, weights, totals, transitions, transitionTotals, step);
            var f1 = development.Count == 0 ? 0 : Score(model, development, developmentGold);
            report?.Invoke(new EpochReport("", epoch, f1, mistakes));
            if (f1 > best.F1 || development.Count == 0)
            {
                best = (model, epoch, f1);
            }
        }

        return (best.Model ?? throw new ArgumentOutOfRangeException(nameof(epochs), "train for at least one epoch"), best.Epoch);
    }

    private static double Score(LinearChainModel model, IReadOnlyList<DocumentFacts> documents, IReadOnlyList<int[][]> gold)
    {
        var score = new EntityScore();
        var scratch = new TaggingScratch();
        for (var d = 0; d < documents.Count; d++)
        {
            var tags = model.TagDocument(documents[d], scratch);
            for (var s = 0; s < tags.Length; s++)
            {
                score.Add(gold[d][s].Select(t => EntityTags.Names[t]).ToArray(), tags[s].Select(t => EntityTags.Names[t]).ToArray());
            }
        }

        return score.Overall.F1;
    }

    private static List<TrainingSentence> Prepare(IReadOnlyList<DocumentFacts> documents, IReadOnlyList<int[][]> gold, FeatureTable table)
    {
        var prepared = new List<TrainingSentence>();
        Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxFeaturesPerToken];
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var sentence in documents[d].Sentences)
            {
                var rows = new List<int>(sentence.Length * 48);
                var offsets = new int[sentence.Length + 1];
                for (var i = 0; i < sentence.Length; i++)
                {
                    var count = FeatureExtractor.Extract(documents[d], sentence, i, keys);
                    for (var f = 0; f < count; f++)
                    {
                        rows.Add(table.FindOrAdd(keys[f]));
                    }

                    offsets[i + 1] = rows.Count;
                }

                prepared.Add(new TrainingSentence([.. rows], offsets, gold[d][sentence.Index]));
            }
        }

        return prepared;
    }

    private static int[] Decode(TrainingSentence sentence, float[] weights, float[] transitions, TaggingScratch scratch)
    {
        var emissions = scratch.Emissions(sentence.Length);
        for (var i = 0; i < sentence.Length; i++)
        {
            var scores = emissions.AsSpan(i * T, T);
            scores.Clear();
            for (var f = sentence.Offsets[i]; f < sentence.Offsets[i + 1]; f++)
            {
                var w = weights.AsSpan(sentence.Rows[f] * T, T);
                for (var t = 0; t < T; t++)
                {
                    scores[t] += w[t];
                }
            }
        }

        return Viterbi.Decode(emissions, sentence.Length, transitions, scratch);
    }

    private static void Update(TrainingSentence sentence, int[] predicted, float[] weights, double[] totals, float[] transitions, double[] transitionTotals, double step)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            var gold = sentence.Gold[i];
            var guess = predicted[i];
            if (gold != guess)
            {
                for (var f = sentence.Offsets[i]; f < sentence.Offsets[i + 1]; f++)
                {
                    var row = sentence.Rows[f] * T;
                    Bump(weights, totals, row + gold, 1, step);
                    Bump(weights, totals, row + guess, -1, step);
                }
            }

            var goldBefore = i == 0 ? T : sentence.Gold[i - 1];
            var guessBefore = i == 0 ? T : predicted[i - 1];
            if (gold != guess || goldBefore != guessBefore)
            {
                Bump(transitions, transitionTotals, (goldBefore * T) + gold, 1, step);
                Bump(transitions, transitionTotals, (guessBefore * T) + guess, -1, step);
            }
        }
    }

    /// <summary>Adds to a weight and to its running total weighted by the step, for averaging without copies.</summary>
    private static void Bump(float[] weights, double[] totals, int index, float amount, double step)
    {
        weights[index] += amount;
        totals[index] += amount * step;
    }

    /// <summary>The average of every step's weights: w − totals / steps (Daumé's trick).</summary>
    private static LinearChainModel Averaged(FeatureTable table, float[] weights, double[] totals, float[] transitions, double[] transitionTotals, double steps)
    {
        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (totals[i] / steps));
        }

        var averagedTransitions = new float[transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            averagedTransitions[i] = (float)(transitions[i] - (transitionTotals[i] / steps));
        }

        return new LinearChainModel(table, averaged, averagedTransitions);
    }
}
