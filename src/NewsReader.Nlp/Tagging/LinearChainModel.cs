namespace NewsReader.Nlp.Tagging;

/// <summary>
/// One linear-chain tagging stage: a weight per (feature, tag) and per (previous tag, tag), decoded with
/// Viterbi under BIO constraints. Immutable once built; safe to share across threads.
/// </summary>
internal sealed class LinearChainModel
{
    private const int T = 9;

    public LinearChainModel(FeatureTable features, float[] weights, float[] transitions)
    {
        if (weights.Length != features.Count * T || transitions.Length != (T + 1) * T)
        {
            throw new ArgumentException("weights do not fit the feature table and tag set");
        }

        Features = features;
        Weights = weights;
        Transitions = transitions;
    }

    public FeatureTable Features { get; }

    /// <summary>Row-major: the weights of feature row r are [r × tags, (r + 1) × tags).</summary>
    public float[] Weights { get; }

    /// <summary>[(previous tag) × tags + tag]; previous = tag count is the sentence start.</summary>
    public float[] Transitions { get; }

    public int[][] TagDocument(DocumentFacts document, TaggingScratch scratch)
    {
        var tags = new int[document.Sentences.Length][];
        for (var s = 0; s < tags.Length; s++)
        {
            tags[s] = TagSentence(document, document.Sentences[s], scratch);
        }

        return tags;
    }

    public int[] TagSentence(DocumentFacts document, SentenceFacts sentence, TaggingScratch scratch)
    {
        var emissions = scratch.Emissions(sentence.Length);
        Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxFeaturesPerToken];
        for (var i = 0; i < sentence.Length; i++)
        {
            var count = FeatureExtractor.Extract(document, sentence, i, keys);
            var scores = emissions.AsSpan(i * T, T);
            scores.Clear();
            for (var f = 0; f < count; f++)
            {
                var row = Features.Find(keys[f]);
                if (row >= 0)
                {
                    var w = Weights.AsSpan(row * T, T);
                    for (var t = 0; t < T; t++)
                    {
                        scores[t] += w[t];
                    }
                }
            }
        }

        return Viterbi.Decode(emissions, sentence.Length, Transitions, scratch);
    }
}

/// <summary>Buffers reused across the sentences of one tagging call.</summary>
internal sealed class TaggingScratch
{
    private float[] _emissions = new float[64 * EntityTags.Count];
    private float[] _scores = new float[64 * EntityTags.Count];
    private int[] _back = new int[64 * EntityTags.Count];

    public float[] Emissions(int length) => Ensure(ref _emissions, length);

    public float[] Scores(int length) => Ensure(ref _scores, length);

    public int[] Back(int length)
    {
        if (_back.Length < length * EntityTags.Count)
        {
            _back = new int[length * EntityTags.Count * 2];
        }

        return _back;
    }

    private static float[] Ensure(ref float[] buffer, int length)
    {
        if (buffer.Length < length * EntityTags.Count)
        {
            buffer = new float[length * EntityTags.Count * 2];
        }

        return buffer;
    }
}
