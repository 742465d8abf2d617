using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// A person the article names two ways: "Stephanie Clifford, the adult film star known as Stormy Daniels" (also
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
            else if (second != named && second.Kind != EntityKind.Person)
            {
                pieces[pieces.IndexOf(second)] = named;
            }
        }

        return pairs;
    }

    /// <summary>Every mention of a first name of <paramref name="pairs"/> becomes the known-as name; run after surnames are resolved.</summary>
    public static void Rename(List<NamePiece> pieces, List<(NamePiece First, NamePiece Second)> pairs)
    {
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

    /// <summary>Whether "known as" stands right before token <paramref name="at"/>.</summary>
    private static bool IsKnownAs(List<Token> tokens, int at) =>
        at >= 2 && tokens[at - 1].Text == "as" && tokens[at - 2].Text.Equals("known", StringComparison.OrdinalIgnoreCase);
}
