namespace NewsReader.Entities.Recognition;

/// <summary>
/// Joins a surname or partial name to the one full name the same text gives ("Sullivan" to "Jake Sullivan"),
/// and names as people the runs that repeat a person's name without a title. Two full names that share the
/// surname leave it unresolved: a guess would merge two people.
/// </summary>
internal static class PersonNameResolver
{
    public static void Resolve(List<NamePiece> pieces)
    {
        var fullNames = pieces
            .Where(p => p.Kind == EntityKind.Person && p.Surface.Contains(' ', StringComparison.Ordinal))
            .Select(p => p.Surface)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        foreach (var piece in pieces.Where(p => p.Kind is null or EntityKind.Person))
        {
            var matches = fullNames.Where(full => full == piece.Surface || full.EndsWith(" " + piece.Surface, StringComparison.Ordinal)).ToList();
            if (matches.Count == 1)
            {
                piece.Kind = EntityKind.Person;
                piece.CanonicalName = matches[0];
            }
        }
    }
}
