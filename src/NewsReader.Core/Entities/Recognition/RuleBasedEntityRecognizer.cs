using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// The first-cut recognizer: capitalised runs of words, split at cue words, named by the gazetteer or by their
/// cues (a title before a name makes a person; "... Corps" an organisation), and surnames joined to the full name
/// the same article gives. Runs it cannot name are left out rather than guessed.
/// </summary>
public sealed class RuleBasedEntityRecognizer(Gazetteer gazetteer) : IEntityRecognizer
{
    private const int TitleLookBehindWords = 3;

    public IReadOnlyList<RecognizedMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var pieces = new List<NamePiece>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsNameWord(tokens[i]))
            {
                i = SplitRun(text, tokens, i, pieces) - 1;
            }
        }

        PersonNameResolver.Resolve(pieces);
        return pieces
            .Where(p => p.Kind is not null)
            .Select(p => new RecognizedMention(p.Start, p.End, text[p.Start..p.End], p.Kind!.Value, p.CanonicalName!))
            .ToList();
    }

    /// <summary>Cuts the capitalised run starting at <paramref name="start"/> into pieces; returns the index after it.</summary>
    private int SplitRun(string text, List<Token> tokens, int start, List<NamePiece> pieces)
    {
        var p = start;
        var end = RunEnd(tokens, start);
        while (p < end)
        {
            if (FindKnown(text, tokens, p) is { } known)
            {
                pieces.Add(known);
                p = known.EndToken;
                end = Math.Max(end, p);
                continue;
            }

            if (IsBreaker(tokens[p]))
            {
                p++;
                continue;
            }

            var q = p + 1;
            while (q < end && !IsBreaker(tokens[q]) && FindKnown(text, tokens, q) is null)
            {
                q++;
            }

            while (q > p + 1 && !tokens[q - 1].IsCapitalized)
            {
                q--;
            }

            pieces.Add(Classify(text, tokens, p, q));
            p = q;
        }

        return end;
    }

    private NamePiece Classify(string text, List<Token> tokens, int start, int end)
    {
        var first = gazetteer.CueOf(tokens[start].Text);
        var last = gazetteer.CueOf(tokens[end - 1].Text);
        EntityKind? kind =
            end - start > 1 && (first.HasFlag(NameCue.OrgHead) || last.HasFlag(NameCue.OrgTail)) ? EntityKind.Organization
            : end - start > 1 && last.HasFlag(NameCue.PlaceTail) ? EntityKind.Place
            : HasTitleBefore(tokens, start) ? EntityKind.Person
            : null;
        var surface = text[tokens[start].Start..tokens[end - 1].End];
        return new NamePiece(start, end, tokens[start].Start, tokens[end - 1].End, surface, kind, kind is null ? null : surface);
    }

    /// <summary>The longest gazetteer name starting at token <paramref name="start"/>, or a hyphenated pair of them ("US-Israel").</summary>
    private NamePiece? FindKnown(string text, List<Token> tokens, int start)
    {
        for (var end = Math.Min(tokens.Count, start + Gazetteer.MaxNameTokens); end > start; end--)
        {
            if (!IsNameWord(tokens[end - 1]))
            {
                continue;
            }

            var surface = text[tokens[start].Start..tokens[end - 1].End];
            if (gazetteer.Find(surface) is { } known)
            {
                return new NamePiece(start, end, tokens[start].Start, tokens[end - 1].End, surface, known.Kind, known.CanonicalName);
            }
        }

        return null;
    }

    private bool HasTitleBefore(List<Token> tokens, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - TitleLookBehindWords && tokens[i].IsWord; i--)
        {
            if (gazetteer.CueOf(tokens[i].Text).HasFlag(NameCue.Title))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBreaker(Token token) =>
        token.IsCapitalized && (gazetteer.CueOf(token.Text) & (NameCue.Title | NameCue.Demonym | NameCue.Stop)) != 0;

    /// <summary>Capitalised words, with "of" and "the" inside ("Bank of England") and no sentence end between.</summary>
    private static int RunEnd(List<Token> tokens, int start)
    {
        var end = start + 1;
        while (end < tokens.Count)
        {
            if (IsNameWord(tokens[end]))
            {
                end++;
            }
            else if (tokens[end].Text is "of" or "the" && end + 1 < tokens.Count && IsNameWord(tokens[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool IsNameWord(Token token) => token.IsWord && token.IsCapitalized;
}
