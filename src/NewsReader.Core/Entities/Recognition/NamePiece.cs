using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>A candidate name while a text is being read: its tokens, its characters, and what it was found to be.</summary>
internal sealed record NamePiece(int StartToken, int EndToken, int Start, int End, string Surface, EntityKind? Kind, string? CanonicalName)
{
    /// <summary>The piece covering tokens [<paramref name="start"/>, <paramref name="end"/>), its characters taken from them.</summary>
    public static NamePiece Over(IReadOnlyList<Token> tokens, int start, int end, string surface, EntityKind? kind, string? canonicalName) =>
        new(start, end, tokens[start].Start, tokens[end - 1].End, surface, kind, canonicalName);

    public EntityKind? Kind { get; set; } = Kind;

    public string? CanonicalName { get; set; } = CanonicalName;

    /// <summary>Whether the words around the name settle its kind ("Butler" in "Butler, Pennsylvania" is a place), so that it is no guess.</summary>
    public bool KindIsSettled { get; set; }
}
