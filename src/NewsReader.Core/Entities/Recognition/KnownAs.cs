using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// A person the article names two ways: with a nickname in quotes ("Lalzawmi 'Zomi' Frankcom", whose "Zomi" alone is
/// her too), or "Stephanie Clifford, the adult film star known as Stormy Daniels" (also
/// "better known as", "also known as"). Both names are the person the public knows by the second, so every mention of
/// either, in this article and through the alias it teaches in others, is one person. The capitalised words after
/// "known as" are all the second name, where the tagger read only the last of them ("Stormy" is an adjective to it),
/// and it is a person's name though the tagger read it as an organisation's.
/// </summary>
internal static class KnownAs
{
    /// <summary>How many tokens may stand between the first name and "known as" (", the adult film star").</summary>
    private const int MaxWordsBetween = 8;

    /// <summary>The pairs of names, first and known-as, each whole; run before surnames are resolved.</summary>
    public static List<(NamePiece First, NamePiece Second)> Find(string text, List<Token> tokens, List<NamePiece> pieces, Gazetteer gazetteer)
    {
        var pairs = new List<(NamePiece, NamePiece)>();
        foreach (var named in pieces.Where(p => p.Kind == EntityKind.Person || MayBePerson(p, gazetteer)).ToList())
        {
            var second = named;
            var at = second.StartToken;
            if (at >= 3 && tokens[at - 1].IsWord && tokens[at - 1].IsCapitalized && !gazetteer.IsTitle(tokens[at - 1].Text) && IsKnownAs(tokens, at - 1))
            {
                // "known as Stormy Daniels" where the tagger read "Daniels": the name starts after "as".
                var surface = text[tokens[at - 1].Start..tokens[second.EndToken - 1].End];
                var whole = NamePiece.Over(tokens, at - 1, second.EndToken, surface, EntityKind.Person, surface);
                pieces[pieces.IndexOf(second)] = whole;
                (second, at) = (whole, at - 1);
            }

            if (!IsKnownAs(tokens, at))
            {
                continue;
            }

            // The first name ends right before a comma that opens the description, within a few tokens of one sentence.
            var before = at - 2;
            var first = pieces.Where(p => p.Kind == EntityKind.Person && p.EndToken < before && before - p.EndToken <= MaxWordsBetween
                    && tokens[p.EndToken].Text == "," && !Enumerable.Range(p.EndToken, before - p.EndToken).Any(i => tokens[i].Text is "." or ";"))
                .MaxBy(p => p.EndToken);
            if (first is not null)
            {
                second.Kind = EntityKind.Person;
                pairs.Add((first, second));
            }
            else if (second != named && named.Kind != EntityKind.Person)
            {
                // No person named first: a name only the tagger typed stays as it was read.
                pieces[pieces.IndexOf(second)] = named;
            }
        }

        return pairs;
    }

    /// <summary>
    /// Names with a nickname in quotes between the first and last name, "Lalzawmi 'Zomi' Frankcom", read as one person
    /// whatever the tagger made of the five tokens (it reads three names there). Returns the nickname, the name as
    /// written and the name without the nickname, each with the name written out ("Zomi", "Lalzawmi Frankcom" →
    /// "Lalzawmi Zomi Frankcom"); run before surnames are resolved.
    /// </summary>
    public static Dictionary<string, string> FindNicknames(string text, List<Token> tokens, List<NamePiece> pieces, Gazetteer gazetteer)
    {
        var nicknames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 4 < tokens.Count; i++)
        {
            var (first, open, nick, close, last) = (tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]);
            if (!IsNameWord(first, gazetteer) || !IsNameWord(nick, gazetteer) || !IsNameWord(last, gazetteer)
                || !(open.Text is "'" or "‘" or "“" or "\"" && close.Text is "'" or "’" or "”" or "\"")
                || open.End != nick.Start || nick.End != close.Start || first.End == open.Start || close.End == last.Start)
            {
                continue;
            }

            var surface = text[first.Start..last.End];
            var name = $"{first.Text} {nick.Text} {last.Text}";
            pieces.RemoveAll(p => p.StartToken < i + 5 && i < p.EndToken);
            pieces.Add(NamePiece.Over(tokens, i, i + 5, surface, EntityKind.Person, name));
            nicknames.TryAdd(nick.Text, name);
            nicknames.TryAdd(surface, name);
            nicknames.TryAdd($"{first.Text} {last.Text}", name);
            i += 4;
        }

        pieces.Sort((a, b) => a.Start.CompareTo(b.Start));
        return nicknames;
    }

    /// <summary>
    /// Every mention of a first name of <paramref name="pairs"/> becomes the known-as name, and a nickname alone or a
    /// name resolved to the quoted form the name written out; run after surnames are resolved.
    /// </summary>
    public static void Rename(List<NamePiece> pieces, List<(NamePiece First, NamePiece Second)> pairs, Dictionary<string, string> nicknames)
    {
        foreach (var piece in pieces.Where(p => p.Kind is not EntityKind.Event && !p.KindIsSettled))
        {
            if ((piece.CanonicalName is { } canonical && nicknames.TryGetValue(canonical, out var written))
                || (piece.CanonicalName == piece.Surface && nicknames.TryGetValue(piece.Surface, out written)))
            {
                (piece.Kind, piece.CanonicalName) = (EntityKind.Person, written);
            }
        }

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (first, second) in pairs)
        {
            if (first.CanonicalName is { } from && second.CanonicalName is { } to && from != to)
            {
                renamed.TryAdd(from, to);
            }
        }

        foreach (var piece in pieces.Where(p => p.Kind == EntityKind.Person && p.CanonicalName is not null && renamed.ContainsKey(p.CanonicalName)))
        {
            piece.CanonicalName = renamed[piece.CanonicalName!];
        }
    }

    /// <summary>A name only the tagger typed as a place or organisation ("known as Stormy Daniels" read as a company).</summary>
    private static bool MayBePerson(NamePiece piece, Gazetteer gazetteer) =>
        piece.Kind is EntityKind.Place or EntityKind.Organization && !piece.KindIsSettled && piece.CanonicalName == piece.Surface
        && gazetteer.Find(piece.Surface) is null;

    /// <summary>A capitalised word of letters that is no title ("Lalzawmi", not "Gen.").</summary>
    private static bool IsNameWord(Token token, Gazetteer gazetteer) =>
        token.IsWord && token.IsCapitalized && token.Text.Length > 1 && token.Text.All(char.IsLetter) && !gazetteer.IsTitle(token.Text);

    /// <summary>Whether "known as" stands right before token <paramref name="at"/>.</summary>
    private static bool IsKnownAs(List<Token> tokens, int at) =>
        at >= 2 && tokens[at - 1].Text == "as" && tokens[at - 2].Text.Equals("known", StringComparison.OrdinalIgnoreCase);
}
