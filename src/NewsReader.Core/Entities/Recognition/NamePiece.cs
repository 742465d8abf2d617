namespace NewsReader.Entities.Recognition;

/// <summary>A candidate name while a text is being read: its tokens, its characters, and what it was found to be.</summary>
internal sealed record NamePiece(int StartToken, int EndToken, int Start, int End, string Surface, EntityKind? Kind, string? CanonicalName)
{
    public EntityKind? Kind { get; set; } = Kind;

    public string? CanonicalName { get; set; } = CanonicalName;
}
