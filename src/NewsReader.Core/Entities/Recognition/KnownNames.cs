using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>The names the curated gazetteer knows, found where the tagger did not mark them.</summary>
internal sealed class KnownNames(Gazetteer gazetteer)
{
    /// <summary>
    /// A capitalised token outside every tagged name that the gazetteer knows as a place or organisation ("UK",
    /// "Lebanon") is added: the tagger, trained on 1996 wire copy, misses some in today's phrasing. A curated name of
    /// two words or more replaces the tagged names wholly inside it ("USA Today" read as the place "USA").
    /// </summary>
    public void AddWhatTheTaggerMissed(string text, List<Token> tokens, List<NamePiece> pieces)
    {
        // Per token, what the tagged pieces say about it: whether one starts there, and the widest extent of those
        // covering it, so that each step looks at a few tokens, not at every piece (a 4.8 MB article has 60,000).
        // A name added here lies after every token looked at later, and the pieces it replaces lie inside it.
        var covered = new bool[tokens.Count];
        var startsAPiece = new bool[tokens.Count];
        var widestStart = new int[tokens.Count];
        var widestEnd = new int[tokens.Count];
        foreach (var piece in pieces)
        {
            if (piece.StartToken < piece.EndToken)
            {
                startsAPiece[piece.StartToken] = true;
            }

            for (var t = piece.StartToken; t < piece.EndToken; t++)
            {
                widestStart[t] = covered[t] ? Math.Min(widestStart[t], piece.StartToken) : piece.StartToken;
                widestEnd[t] = covered[t] ? Math.Max(widestEnd[t], piece.EndToken) : piece.EndToken;
                covered[t] = true;
            }
        }

        var replacedUntil = new int[tokens.Count];
        var added = new List<NamePiece>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((covered[i] && !startsAPiece[i]) || !tokens[i].IsCapitalized || !tokens[i].IsWord)
            {
                continue;
            }

            if (!covered[i] && tokens[i].Text.Contains('-', StringComparison.Ordinal))
            {
                AddKnownParts(tokens[i], i, added);
                continue;
            }

            for (var end = Math.Min(tokens.Count, i + Gazetteer.MaxNameTokens); end > i; end--)
            {
                var surface = text[tokens[i].Start..tokens[end - 1].End];
                var inside = covered.AsSpan(i, end - i).Contains(true);
                if (inside && !CoversWholePieces(covered, widestStart, widestEnd, i, end))
                {
                    continue;
                }

                if (gazetteer.Find(surface) is { Kind: not EntityKind.Person } known && (!inside || (known.IsCurated && end - i > 1)))
                {
                    added.Add(NamePiece.Over(tokens, i, end, surface, known.Kind, known.CanonicalName));
                    replacedUntil.AsSpan(i, end - i).Fill(end);
                    i = end - 1;
                    break;
                }
            }
        }

        pieces.RemoveAll(p => p.StartToken < tokens.Count && replacedUntil[p.StartToken] > 0 && p.EndToken <= replacedUntil[p.StartToken]);
        pieces.AddRange(added);
        pieces.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Whether every tagged piece touching tokens [start, end) lies wholly inside them.</summary>
    private static bool CoversWholePieces(bool[] covered, int[] widestStart, int[] widestEnd, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (covered[t] && (widestStart[t] < start || widestEnd[t] > end))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The known places inside a hyphenated word: "UK-based" names the UK, "US-Israel" both.</summary>
    private void AddKnownParts(Token token, int index, List<NamePiece> pieces)
    {
        var offset = token.Start;
        foreach (var part in token.Text.Split('-'))
        {
            if (part.Length > 0 && char.IsUpper(part[0]) && gazetteer.Find(part) is { Kind: not EntityKind.Person } known)
            {
                pieces.Add(new NamePiece(index, index + 1, offset, offset + part.Length, part, known.Kind, known.CanonicalName));
            }

            offset += part.Length + 1;
        }
    }
}
