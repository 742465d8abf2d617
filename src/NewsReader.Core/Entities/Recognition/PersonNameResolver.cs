using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// One name, one sense in an article. A surname or partial name joins the one full name the same text gives
/// ("Sullivan" to "Jake Sullivan"; "Yulia" to "Yulia Navalnaya" when no full name has it as a surname; "Maria Santos"
/// to "Maria Elena Santos"), and runs that repeat a person's name without a title become that person. Two full names
/// that share the word leave it unresolved: a guess would merge two people. The tagger's other slips are mended from the rest of the article:
/// "Trump" read as an organisation where the article names Donald Trump is him, and a lone word read as a person
/// where the article also names it as a place ("Butler" beside "Butler, Pennsylvania") is that place.
/// </summary>
internal static class PersonNameResolver
{
    /// <summary>
    /// "Tamim bin Hamad Al Thani": a person's name, "bin", "ibn" or "bint", and the name right after it, whatever the
    /// tagger read it as, are one person's name (a patronymic joins the names either side of it).
    /// </summary>
    public static void JoinPatronymics(string text, List<Token> tokens, List<NamePiece> pieces)
    {
        var byStart = pieces.Where(p => p.Kind is not EntityKind.Event).GroupBy(p => p.StartToken).ToDictionary(g => g.Key, g => g.First());
        foreach (var person in pieces.Where(p => p.Kind == EntityKind.Person).OrderBy(p => p.StartToken).ToList())
        {
            var link = person.EndToken;
            if (link + 1 >= tokens.Count || tokens[link].Text is not ("bin" or "ibn" or "bint") || !byStart.TryGetValue(link + 1, out var rest)
                || !pieces.Contains(person))
            {
                continue;
            }

            var surface = text[person.Start..rest.End];
            var whole = new NamePiece(person.StartToken, rest.EndToken, person.Start, rest.End, surface, EntityKind.Person, surface);
            pieces.Remove(person);
            pieces.Remove(rest);
            pieces.Add(whole);
            byStart[whole.StartToken] = whole;
        }
    }

    public static void Resolve(List<NamePiece> pieces, Gazetteer gazetteer)
    {
        var fullNames = pieces
            .Where(p => p.Kind == EntityKind.Person && p.Surface.Contains(' ', StringComparison.Ordinal))
            .Select(p => p.Surface)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // A first and last name is the one longer name of the article with those ends ("Maria Santos" is "Maria
        // Elena Santos").
        foreach (var piece in pieces.Where(p => p.Kind == EntityKind.Person && p.CanonicalName == p.Surface && p.Surface.Split(' ').Length == 2))
        {
            var words = piece.Surface.Split(' ');
            var longer = fullNames.Where(full => EntityNames.HasWordsBetween(words, full.Split(' '))).ToList();
            if (longer.Count == 1)
            {
                piece.CanonicalName = longer[0];
            }
        }

        foreach (var piece in pieces.Where(p => p.Kind != EntityKind.Person || p.CanonicalName == p.Surface || !p.Surface.Contains(' ', StringComparison.Ordinal)))
        {
            var matches = fullNames.Where(full => full == piece.Surface || full.EndsWith(" " + piece.Surface, StringComparison.Ordinal)).ToList();
            if (matches.Count == 0 && piece.Kind == EntityKind.Person && !piece.Surface.Contains(' ', StringComparison.Ordinal))
            {
                matches = fullNames.Where(full => full.StartsWith(piece.Surface + " ", StringComparison.Ordinal)).ToList();
            }

            var mayBePerson = piece.Kind is null or EntityKind.Person
                || (piece.CanonicalName == piece.Surface && gazetteer.Find(piece.Surface) is null && !piece.Surface.Contains(' ', StringComparison.Ordinal));
            if (matches.Count == 1 && mayBePerson)
            {
                piece.Kind = EntityKind.Person;
                piece.CanonicalName = matches[0];
            }
        }

        var placesAndOrganisations = pieces
            .Where(p => p.Kind is EntityKind.Place or EntityKind.Organization)
            .GroupBy(p => p.Surface, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var piece in pieces.Where(p => p.Kind == EntityKind.Person && p.CanonicalName == p.Surface && !p.Surface.Contains(' ', StringComparison.Ordinal)))
        {
            if (placesAndOrganisations.TryGetValue(piece.Surface, out var other))
            {
                piece.Kind = other.Kind;
                piece.CanonicalName = other.CanonicalName;
                piece.KindIsSettled = other.KindIsSettled;
            }
        }
    }
}
