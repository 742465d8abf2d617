using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Acronyms an article defines, "International Atomic Energy Agency (IAEA)": the acronym in the brackets, and
/// every later or earlier "IAEA" in the same article, name the same thing as the long form, with its kind and
/// canonical name. An acronym counts as defined when its letters are the initials of the long form's capitalised
/// words, in order; or, for an organisation, when it starts with one of them and at least half its letters are
/// (an acronym from another language: "Syrian Observatory for Human Rights (OSDH)"). An acronym the article never
/// defines joins the one organisation it names whose initials it is ("the Magen David Adom" ... "the MDA").
/// A definition also settles a long form the tagger missed: capitalised words whose initials are the bracketed
/// acronym ("the relief group World Central Kitchen (WCK)") name an organisation, there and wherever the article
/// writes them again. An acronym, unread or read as a name of its own, before another name of the thing in brackets
/// ("four IS (Daesh) fighters") names what the brackets name; at a line's start it opens a dateline ("WASHINGTON
/// (Reuters)").
/// </summary>
internal static class AcronymDefinitions
{
    private const int MaxLength = 8;

    /// <summary>Lower-case words a long form may hold between its capitalised ones ("Bureau of Investigation").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "the", "and", "on", "&" };

    public static void Apply(string text, List<Token> tokens, List<NamePiece> pieces)
    {
        AddUntaggedLongForms(text, tokens, pieces);
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

        // "four IS (Daesh) fighters": an acronym, unread or read as a name of its own, before another name in brackets.
        var covered = new HashSet<int>(pieces.SelectMany(p => Enumerable.Range(p.StartToken, p.EndToken - p.StartToken)));
        foreach (var named in pieces.Where(p => p.Kind is not null && p.StartToken >= 2 && p.EndToken < tokens.Count).ToList())
        {
            var acronym = named.StartToken - 2;
            if (tokens[named.StartToken - 1].Text == "(" && tokens[named.EndToken].Text == ")" && IsAcronym(tokens[acronym].Text)
                && (!covered.Contains(acronym) || pieces.Exists(p => p.StartToken == acronym && p.EndToken == acronym + 1 && p.CanonicalName == p.Surface))
                && !StartsALine(text, tokens[acronym]))
            {
                defined.TryAdd(tokens[acronym].Text, named);
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

    /// <summary>
    /// Runs of capitalised words outside every name, directly before "(ACRONYM)" of their initials, as organisations,
    /// with the article's other untagged occurrences of the same words.
    /// </summary>
    private static void AddUntaggedLongForms(string text, List<Token> tokens, List<NamePiece> pieces)
    {
        var covered = new HashSet<int>(pieces.SelectMany(p => Enumerable.Range(p.StartToken, p.EndToken - p.StartToken)));
        var longForms = new List<string[]>();
        for (var open = 2; open + 2 < tokens.Count; open++)
        {
            if (tokens[open].Text != "(" || tokens[open + 2].Text != ")" || !IsAcronym(tokens[open + 1].Text) || covered.Contains(open - 1))
            {
                continue;
            }

            var letters = tokens[open + 1].Text.Count(char.IsLetter);
            for (var start = open - 1; start >= 0 && open - start <= letters * 2 && IsLongFormWord(tokens[start].Text) && !covered.Contains(start); start--)
            {
                if (start + 1 < open && text.AsSpan(tokens[start].End, tokens[start + 1].Start - tokens[start].End).Contains('\n'))
                {
                    break;
                }

                var words = tokens[start..open].Select(t => t.Text).ToArray();
                if (words.Count(w => char.IsUpper(w[0])) >= 2 && char.IsUpper(words[0][0]) && MatchesInitials(tokens[open + 1].Text, string.Join(' ', words)))
                {
                    longForms.Add(words);
                    break;
                }
            }
        }

        foreach (var words in longForms.DistinctBy(w => string.Join(' ', w)))
        {
            for (var start = 0; start + words.Length <= tokens.Count; start++)
            {
                var end = start + words.Length;
                if (Enumerable.Range(start, words.Length).All(i => tokens[i].Text == words[i - start] && !covered.Contains(i)))
                {
                    var surface = text[tokens[start].Start..tokens[end - 1].End];
                    pieces.Add(NamePiece.Over(tokens, start, end, surface, EntityKind.Organization, string.Join(' ', words)));
                    covered.UnionWith(Enumerable.Range(start, words.Length));
                }
            }
        }

        pieces.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Only spaces stand before the token on its line: "WASHINGTON (Reuters)" opens a dateline, naming no agency.</summary>
    private static bool StartsALine(string text, Token token)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, token.Start - 1)) + 1;
        return string.IsNullOrWhiteSpace(text[lineStart..token.Start]);
    }

    private static bool IsLongFormWord(string word) => char.IsUpper(word[0]) ? word.Skip(1).Any(char.IsLower) : Connectors.Contains(word);

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
