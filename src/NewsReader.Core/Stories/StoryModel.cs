namespace NewsReader.Stories;

/// <summary>
/// Whether two articles report the same event: a logistic regression over their likeness
/// (<see cref="SimilarityScore"/>): the rarity-weighted entity, text and lead cosines, whether they name the same event,
/// how many days apart their dates are, and whether a date is missing. The weights are learned from the labelled
/// article pairs of the development corpora, and the thresholds chosen on them (to join a story, the stricter one at
/// which a second story the article also matches merges with it, and the one below which a link no longer holds an
/// article in its story when the story is re-checked, <see cref="StoryCohesion"/>; 0 never splits), by
/// <c>tools/StoryModelTrainer</c>, which also reports the figures under leave-one-story-out cross-validation
/// (docs/stories.md). Nothing here is set by hand.
/// </summary>
public sealed record StoryModel(
    double Bias, double Entities, double Text, double Lead, double SharedEvent, double DaysApart, double DateMissing, double JoinThreshold, double MergeThreshold, double SplitThreshold)
{
    /// <summary>Dates further apart than this count as this far: beyond a year, every gap means another event.</summary>
    public const double MaxDays = 365;

    /// <summary>
    /// Learned by <c>dotnet run --project tools/StoryModelTrainer -c Release</c> on the 86 articles of corpus/dev and
    /// dev2 (figures and cross-validation in docs/stories.md).
    /// </summary>
    public static StoryModel Trained { get; } = new(
        Bias: -1.777,
        Entities: 3.409,
        Text: 4.717,
        Lead: 5.234,
        SharedEvent: -0.041,
        DaysApart: -1.256,
        DateMissing: -1.637,
        JoinThreshold: 0.5,
        MergeThreshold: 0.6,
        SplitThreshold: 0);

    /// <summary>The probability that the two articles scored report one event.</summary>
    public double Probability(SimilarityScore likeness)
    {
        ArgumentNullException.ThrowIfNull(likeness);
        var z = Bias + Dot(Features(likeness));
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The model's inputs, in the order of its weights after the bias.</summary>
    public static double[] Features(SimilarityScore likeness)
    {
        ArgumentNullException.ThrowIfNull(likeness);
        return
        [
            likeness.Entities,
            likeness.Text,
            likeness.Lead,
            likeness.SharesEvent ? 1 : 0,
            likeness.DaysApart is { } days ? Math.Log(1 + Math.Min(days, MaxDays)) : 0,
            likeness.DaysApart is null ? 1 : 0,
        ];
    }

    /// <summary>
    /// A model with these weights (bias first, then one per feature) and thresholds (merging no lower than joining,
    /// splitting no higher: a link that filed an article holds it).
    /// </summary>
    public static StoryModel From(IReadOnlyList<double> weights, double joinThreshold, double mergeThreshold, double splitThreshold = 0)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return new(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5], weights[6],
            joinThreshold, Math.Max(joinThreshold, mergeThreshold), Math.Clamp(splitThreshold, 0, joinThreshold));
    }

    private double Dot(double[] x) => (Entities * x[0]) + (Text * x[1]) + (Lead * x[2]) + (SharedEvent * x[3]) + (DaysApart * x[4]) + (DateMissing * x[5]);
}
