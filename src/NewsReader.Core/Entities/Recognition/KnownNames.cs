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
        // Names looked up by token (PieceIndex), so that each step looks at a few tokens, not at every name (a 4.8 MB
        // article has 60,000). A name added here lies after every token looked at later, and the names it replaces
        // lie inside it.
        var index = new PieceIndex(pieces, tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((index.Covers(i) && !index.StartsAt(i)) || !tokens[i].IsCapitalized || !tokens[i].IsWord)
            {
                continue;
            }

            if (!index.Covers(i) && tokens[i].Text.Contains('-', StringComparison.Ordinal))
            {
                AddKnownParts(tokens[i], i, index);
                continue;
            }

            for (var end = Math.Min(tokens.Count, i + Gazetteer.MaxNameTokens); end > i; end--)
            {
                var surface = text[tokens[i].Start..tokens[end - 1].End];
                var inside = Enumerable.Range(i, end - i).Any(index.Covers);
                if (inside && !index.HoldsWholly(i, end))
                {
                    continue;
                }

                if (gazetteer.Find(surface) is { Kind: not EntityKind.Person } known && (!inside || (known.IsCurated && end - i > 1)))
                {
                    index.Touching(i, end).ForEach(index.Remove);
                    index.Add(NamePiece.Over(tokens, i, end, surface, known.Kind, known.CanonicalName));
                    i = end - 1;
                    break;
                }
            }
        }

        index.Commit();
        pieces.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The known places inside a hyphenated word: "UK-based" names the UK, "US-Israel" both.</summary>
    private void AddKnownParts(Token token, int at, PieceIndex pieces)
    {
        var offset = token.Start;
        foreach (var part in token.Text.Split('-'))
        {
            if (part.Length > 0 && char.IsUpper(part[0]) && gazetteer.Find(part) is { Kind: not EntityKind.Person } known)
            {
                pieces.Add(new NamePiece(at, at + 1, offset, offset + part.Length, part, known.Kind, known.CanonicalName));
            }

            offset += part.Length + 1;
        }
    }
}
