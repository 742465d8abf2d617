using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Acronyms an article defines, "International Atomic Energy Agency (IAEA)": the acronym in the brackets, and
/// every later or earlier "IAEA" in the same article, name the same thing as the long form, with its kind and
/// canonical name. An acronym counts as defined when its letters are the initials of the long form's capitalised
/// words, in order.
/// </summary>
internal static class AcronymDefinitions
{
    private const int MaxLength = 8;

    public static void Apply(List<Token> tokens, List<NamePiece> pieces)
    {
        var defined = new Dictionary<string, NamePiece>(StringComparer.Ordinal);
        foreach (var longForm in pieces.Where(p => p.Kind is not null && p.EndToken + 2 < tokens.Count).ToList())
        {
            var (open, acronym, close) = (tokens[longForm.EndToken], tokens[longForm.EndToken + 1], tokens[longForm.EndToken + 2]);
            if (open.Text == "(" && close.Text == ")" && IsAcronym(acronym.Text) && MatchesInitials(acronym.Text, longForm.Surface))
            {
                defined.TryAdd(acronym.Text, longForm);
            }
        }

        if (defined.Count == 0)
        {
            return;
        }

        var covered = new HashSet<int>(pieces.SelectMany(p => Enumerable.Range(p.StartToken, p.EndToken - p.StartToken)));
        foreach (var piece in pieces)
        {
            if (defined.TryGetValue(piece.Surface, out var longForm))
            {
                (piece.Kind, piece.CanonicalName) = (longForm.Kind, longForm.CanonicalName);
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!covered.Contains(i) && defined.TryGetValue(tokens[i].Text, out var longForm))
            {
                pieces.Add(NamePiece.Over(tokens, i, i + 1, tokens[i].Text, longForm.Kind, longForm.CanonicalName));
            }
        }

        pieces.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= MaxLength && word.All(c => char.IsUpper(c) || c == '-' || char.IsDigit(c)) && char.IsUpper(word[0]);

    /// <summary>The acronym's letters are the initials of the long form's capitalised words, in order (skipping "of", "the").</summary>
    private static bool MatchesInitials(string acronym, string longForm)
    {
        var initials = string.Concat(longForm.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
        var letters = string.Concat(acronym.Where(char.IsLetter));
        return letters.Length >= 2 && string.Equals(initials, letters, StringComparison.Ordinal);
    }
}
