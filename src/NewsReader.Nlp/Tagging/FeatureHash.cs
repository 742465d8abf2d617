namespace NewsReader.Nlp.Tagging;

/// <summary>
/// Stable 64-bit hashes for feature keys: FNV-1a over characters, then a mixer. Never string.GetHashCode,
/// which changes from run to run; a saved model must find its features again.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The hash of no characters, which <see cref="ContinueLower"/> extends one character at a time.</summary>
    public const ulong Empty = FnvOffset;

    public static ulong ContinueLower(ulong hash, char next) => (hash ^ char.ToLowerInvariant(next)) * FnvPrime;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
        }

        return hash;
    }

    /// <summary>Combines a feature template with a value hash into one key.</summary>
    public static ulong Key(int template, ulong value) => Mix(value ^ ((ulong)template * 0x9E3779B97F4A7C15UL));

    public static ulong Key(int template, ulong first, ulong second) => Mix(Mix(first ^ ((ulong)template * 0x9E3779B97F4A7C15UL)) + second);

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}
