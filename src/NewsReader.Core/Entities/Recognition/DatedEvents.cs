using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// The events <see cref="EventReader"/> finds without an anchoring name: those known by a name or date alone
/// (events.tsv) and those anchored to a date ("October 7 attack", "presidential election on November 5, 2024"); and
/// how dates are read. A demonym with a happening ("an Israeli strike") names no event on its own: a demonym is an
/// adjective, not a name, and the phrase is as often any of a series of strikes as the one the story is about.
/// </summary>
internal static class DatedEvents
{
    /// <summary>Events known by a name or date alone: "Oct. 7", "Islamic Revolution" (events.tsv).</summary>
    public static IEnumerable<NamePiece> Named(string text, List<Token> tokens, Gazetteer gazetteer)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var end = Math.Min(tokens.Count, i + 4); end > i; end--)
            {
                if (gazetteer.FindEvent(text[tokens[i].Start..tokens[end - 1].End]) is { } name && !StartsAYear(tokens, end))
                {
                    yield return EventReader.Piece(text, tokens, i, end, name);
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Happenings anchored to a date: "October 7 attack", "1988 massacre", "1979 Islamic Revolution" (a date, up to
    /// three modifiers or capitalised words, a head), and "presidential election on November 5, 2024" (a head, "on",
    /// a date), named as written.
    /// </summary>
    public static IEnumerable<NamePiece> Dated(string text, List<Token> tokens, Gazetteer gazetteer)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (DateAt(tokens, i) is { } dateEnd)
            {
                var j = dateEnd;
                while (j < tokens.Count && j - dateEnd < 3 && !EventWords.Heads.Contains(tokens[j].Text)
                    && (EventWords.Modifiers.Contains(tokens[j].Text) || (tokens[j].IsWord && tokens[j].IsCapitalized && gazetteer.Find(tokens[j].Text) is null)))
                {
                    j++;
                }

                if (j < tokens.Count && EventWords.Heads.Contains(tokens[j].Text))
                {
                    var piece = EventReader.Piece(text, tokens, i, j + 1, "");
                    yield return piece with { CanonicalName = piece.Surface };
                }
            }

            if (EventWords.Heads.Contains(tokens[i].Text) && i + 2 < tokens.Count && tokens[i + 1].Text.Equals("on", StringComparison.OrdinalIgnoreCase)
                && DateAt(tokens, i + 2) is { } end)
            {
                var start = i;
                while (start > 0 && EventWords.Modifiers.Contains(tokens[start - 1].Text))
                {
                    start--;
                }

                // Named date first, as "October 7 attack" is: "November 5, 2024 presidential election".
                var date = text[tokens[i + 2].Start..tokens[end - 1].End];
                var happening = text[tokens[start].Start..tokens[i].End];
                yield return EventReader.Piece(text, tokens, start, end, $"{date} {happening}");
            }
        }
    }

    /// <summary>Where a date starting at <paramref name="i"/> ends: "October 7", "Oct. 7", "November 5, 2024", "1988"; else null.</summary>
    public static int? DateAt(List<Token> tokens, int i)
    {
        if (i < 0 || i >= tokens.Count)
        {
            return null;
        }

        if (IsYear(tokens[i].Text))
        {
            return i + 1;
        }

        if (!EventWords.Months.Contains(tokens[i].Text) || i + 1 >= tokens.Count || !int.TryParse(tokens[i + 1].Text, out var day) || day is < 1 or > 31)
        {
            return null;
        }

        return i + 3 < tokens.Count && tokens[i + 2].Text == "," && IsYear(tokens[i + 3].Text) ? i + 4 : i + 2;
    }

    private static bool StartsAYear(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].Text == "," && IsYear(tokens[i + 1].Text);

    private static bool IsYear(string word) => word.Length == 4 && word[0] is '1' or '2' && word.All(char.IsDigit) && int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2100;
}
