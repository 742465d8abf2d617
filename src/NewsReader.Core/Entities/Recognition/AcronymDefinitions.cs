using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Acronyms an article defines, "International Atomic Energy Agency (IAEA)": the acronym in the brackets, and
/// every later or earlier "IAEA" in the same article, name the same thing as the long form, with its kind and
/// canonical name. An acronym counts as defined when its letters are the initials of the long form's capitalised
/// words, in order; or, for an organisation, when it starts with one of them and at least half its letters are
/// (an acronym from another language: "Syrian Observatory for Human Rights (OSDH)"). An acronym the article never
/// defines joins the one organisation it names whose initials it is ("the Magen David Adom" ... "the MDA").
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
            if (open.Text == "(" && close.Text == ")" && IsAcronym(acronym.Text)
                && (MatchesInitials(acronym.Text, longForm.Surface) || (longForm.Kind == EntityKind.Organization && SharesInitials(acronym.Text, longForm.Surface))))
            {
                defined.TryAdd(acronym.Text, longForm);
            }
        }

        var organisations = pieces.Where(p => p.Kind == EntityKind.Organization && p.Surface.Contains(' ', StringComparison.Ordinal)).ToList();
        foreach (var word in pieces.Where(p => p.CanonicalName == p.Surface).Select(p => p.Surface)
            .Concat(tokens.Select(t => t.Text)).Where(IsAcronym).Distinct(StringComparer.Ordinal).Where(w => !defined.ContainsKey(w)).ToList())
        {
            var named = organisations.Where(o => MatchesInitials(word, o.Surface)).DistinctBy(o => o.CanonicalName).ToList();
            if (named.Count == 1)
            {
                defined[word] = named[0];
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

    /// <summary>The acronym starts with an initial of the long form, and at least half its letters are initials.</summary>
    private static bool SharesInitials(string acronym, string longForm)
    {
        var initials = longForm.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]).ToHashSet();
        var letters = acronym.Where(char.IsLetter).ToList();
        return letters.Count >= 3 && initials.Contains(letters[0]) && letters.Count(initials.Contains) * 2 >= letters.Count;
    }

    /// <summary>The acronym's letters are the initials of the long form's capitalised words, in order (skipping "of", "the").</summary>
    private static bool MatchesInitials(string acronym, string longForm)
    {
        var initials = string.Concat(longForm.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
        var letters = string.Concat(acronym.Where(char.IsLetter));
        return letters.Length >= 2 && string.Equals(initials, letters, StringComparison.Ordinal);
    }
}
