namespace NewsReader.Entities.Recognition;

/// <summary>
/// The names found so far in a text, with the names covering each token, so that a look at the names near a token
/// costs the few names there and not all of the text's (a 4.8 MB article has 60,000). Names are added and removed
/// through the index; removals reach the list in <see cref="Commit"/>, and the list is in no particular order until
/// its caller sorts it.
/// </summary>
internal sealed class PieceIndex
{
    private readonly List<NamePiece> pieces;
    private readonly List<NamePiece>?[] covering;
    private readonly HashSet<NamePiece> removed = new(ReferenceEqualityComparer.Instance);

    public PieceIndex(List<NamePiece> pieces, int tokenCount)
    {
        this.pieces = pieces;
        covering = new List<NamePiece>?[tokenCount];
        foreach (var piece in pieces)
        {
            Register(piece);
        }
    }

    /// <summary>Whether a name covers the token.</summary>
    public bool Covers(int token) => covering[token] is { Count: > 0 };

    /// <summary>Whether a name starts at the token.</summary>
    public bool StartsAt(int token) => token < covering.Length && covering[token] is { } here && here.Exists(p => p.StartToken == token);

    /// <summary>
    /// The first name, in the order they were found, that ends just before token <paramref name="endToken"/> (and is
    /// one <paramref name="where"/> accepts); null if none.
    /// </summary>
    public NamePiece? EndingAt(int endToken, Func<NamePiece, bool>? where = null) =>
        endToken > 0 ? covering[endToken - 1]?.Find(p => p.EndToken == endToken && (where is null || where(p))) : null;

    /// <summary>Whether every name touching tokens [<paramref name="start"/>, <paramref name="end"/>) lies wholly inside them.</summary>
    public bool HoldsWholly(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            foreach (var piece in covering[t] ?? [])
            {
                if (piece.StartToken < start || piece.EndToken > end)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The names covering any of the tokens [<paramref name="start"/>, <paramref name="end"/>), each once.</summary>
    public List<NamePiece> Touching(int start, int end)
    {
        var touching = new List<NamePiece>();
        for (var t = start; t < end; t++)
        {
            foreach (var piece in covering[t] ?? [])
            {
                if (!touching.Exists(p => ReferenceEquals(p, piece)))
                {
                    touching.Add(piece);
                }
            }
        }

        return touching;
    }

    public void Add(NamePiece piece)
    {
        pieces.Add(piece);
        Register(piece);
    }

    public void Remove(NamePiece piece)
    {
        for (var t = piece.StartToken; t < piece.EndToken; t++)
        {
            covering[t]!.RemoveAll(p => ReferenceEquals(p, piece));
        }

        removed.Add(piece);
    }

    /// <summary>Takes the removed names out of the list.</summary>
    public void Commit()
    {
        if (removed.Count > 0)
        {
            pieces.RemoveAll(removed.Contains);
            removed.Clear();
        }
    }

    private void Register(NamePiece piece)
    {
        for (var t = piece.StartToken; t < piece.EndToken; t++)
        {
            (covering[t] ??= []).Add(piece);
        }
    }
}
