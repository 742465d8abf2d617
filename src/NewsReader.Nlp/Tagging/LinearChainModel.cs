using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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
        _weightsBySlot = WeightsBySlot(features, weights);
    }

    /// <summary>The weights laid out by hash-table slot, for tagging (see <see cref="FeatureTable.FindSlot"/>).</summary>
    private readonly float[] _weightsBySlot;

    public FeatureTable Features { get; }

    /// <summary>Row-major: the weights of feature row r are [r × tags, (r + 1) × tags).</summary>
    public float[] Weights { get; }

    /// <summary>[(previous tag) × tags + tag]; previous = tag count is the sentence start.</summary>
    public float[] Transitions { get; }

    /// <summary>Tags a document from its tokens' own features, keeping each token's keys for a later stage.</summary>
    public int[][] TagDocument(DocumentFacts document, TaggingScratch scratch, DocumentKeys? keep = null)
    {
        var tags = new int[document.Sentences.Length][];
        Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxFeaturesPerToken];
        foreach (var sentence in document.Sentences)
        {
            var emissions = scratch.Emissions(sentence.Length);
            for (var i = 0; i < sentence.Length; i++)
            {
                var count = FeatureExtractor.Extract(document, sentence, i, keys);
                keep?.Add(keys[..count]);
                Score(keys[..count], emissions.AsSpan(i * T, T), clear: true);
            }

            tags[sentence.Index] = Viterbi.Decode(emissions, sentence.Length, Transitions, scratch);
        }

        return tags;
    }

    /// <summary>Tags a document whose base keys an earlier stage kept, adding the hint keys it has since.</summary>
    public int[][] RetagDocument(DocumentFacts document, TaggingScratch scratch, DocumentKeys kept)
    {
        var tags = new int[document.Sentences.Length][];
        Span<ulong> hints = stackalloc ulong[FeatureExtractor.MaxFeaturesPerToken];
        var token = 0;
        foreach (var sentence in document.Sentences)
        {
            var emissions = scratch.Emissions(sentence.Length);
            for (var i = 0; i < sentence.Length; i++, token++)
            {
                var scores = emissions.AsSpan(i * T, T);
                Score(kept.Of(token), scores, clear: true);
                Score(hints[..FeatureExtractor.ExtractHints(document, sentence, i, hints)], scores, clear: false);
            }

            tags[sentence.Index] = Viterbi.Decode(emissions, sentence.Length, Transitions, scratch);
        }

        return tags;
    }

    private static float[] WeightsBySlot(FeatureTable features, float[] weights)
    {
        var rows = features.RowsBySlot();
        var bySlot = new float[(rows.Length * T) + T];
        for (var slot = 0; slot < rows.Length; slot++)
        {
            if (rows[slot] >= 0)
            {
                weights.AsSpan(rows[slot] * T, T).CopyTo(bySlot.AsSpan(slot * T, T));
            }
        }

        return bySlot;
    }

    /// <summary>Adds the weights of every known key to the nine tag scores: eight in one vector, then the ninth.</summary>
    private void Score(ReadOnlySpan<ulong> keys, Span<float> scores, bool clear)
    {
        var sum = clear ? Vector256<float>.Zero : Vector256.Create(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6], scores[7]);
        var last = clear ? 0f : scores[8];
        ref var weights = ref _weightsBySlot[0];
        foreach (var key in keys)
        {
            var slot = Features.FindSlot(key);
            if (slot >= 0)
            {
                ref var w = ref Unsafe.Add(ref weights, slot * T);
                sum += Vector256.LoadUnsafe(ref w);
                last += Unsafe.Add(ref w, 8);
            }
        }

        sum.CopyTo(scores);
        scores[8] = last;
    }
}

/// <summary>
/// Every token's feature keys of one document, in order, kept from a first stage for the second. The buffers are
/// rented from the shared array pool, since a document's keys run to hundreds of kilobytes; dispose to return them.
/// </summary>
internal sealed class DocumentKeys : IDisposable
{
    private ulong[] _keys = ArrayPool<ulong>.Shared.Rent(1 << 14);
    private int[] _offsets = ArrayPool<int>.Shared.Rent(1 << 10); // rented arrays are not cleared: see the constructor
    private int _tokens;

    public DocumentKeys()
    {
        _offsets[0] = 0;
    }

    public void Add(ReadOnlySpan<ulong> keys)
    {
        var start = _offsets[_tokens];
        if (start + keys.Length > _keys.Length)
        {
            _keys = Grow(_keys, start + keys.Length, start);
        }

        if (_tokens + 2 > _offsets.Length)
        {
            _offsets = Grow(_offsets, _tokens + 2, _tokens + 1);
        }

        keys.CopyTo(_keys.AsSpan(start));
        _offsets[++_tokens] = start + keys.Length;
    }

    public ReadOnlySpan<ulong> Of(int token) => _keys.AsSpan(_offsets[token], _offsets[token + 1] - _offsets[token]);

    public void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(_keys);
        ArrayPool<int>.Shared.Return(_offsets);
    }

    private static T[] Grow<T>(T[] buffer, int needed, int used)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(buffer.Length * 2, needed));
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<T>.Shared.Return(buffer);
        return larger;
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
