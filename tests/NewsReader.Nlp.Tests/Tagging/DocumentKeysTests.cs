using System.Buffers;

namespace NewsReader.Nlp.Tagging;

public sealed class DocumentKeysTests
{
    [Fact]
    public void Kept_keys_come_back_per_token_even_in_recycled_buffers_and_past_their_first_size()
    {
        // Leave dirty buffers in the pool, as an earlier document would.
        var dirty = ArrayPool<int>.Shared.Rent(1 << 10);
        dirty.AsSpan().Fill(12345);
        ArrayPool<int>.Shared.Return(dirty);

        using var kept = new DocumentKeys();
        var tokens = Enumerable.Range(0, 3000).Select(t => Enumerable.Range(0, 1 + (t % 9)).Select(k => (ulong)((t * 100) + k)).ToArray()).ToList();
        foreach (var keys in tokens)
        {
            kept.Add(keys);
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            kept.Of(t).ToArray().Should().Equal(tokens[t]);
        }
    }
}
