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
