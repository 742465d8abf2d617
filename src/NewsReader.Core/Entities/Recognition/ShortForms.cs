namespace NewsReader.Entities.Recognition;

/// <summary>
/// A place or organisation named again by the end of its name, as reports do after naming it in full: "the Council"
/// after "United Nations Security Council", "Key Bridge" after "Francis Scott Key Bridge", "Coast Guard" after "U.S.
/// Coast Guard". The short form is the one longer name of the article it ends, in that name's kind, unless it is a
/// name the gazetteer knows on its own ("Jersey" is not New Jersey) or two longer names end with it. A short form of
/// one word must be a word for an institution or a built thing (WordNet's noun.group and noun.artifact: council,
/// court, bridge, hall), not a name's last word ("Frankcom" is not an organisation the tagger ran a person into,
/// "Manhattan" not a court whose span ran on "in Lower Manhattan").
/// </summary>
internal static class ShortForms
{
    public static void Apply(List<NamePiece> pieces, Gazetteer gazetteer, Func<string, string> wordClass)
    {
        // By last word, so a long article's thousands of names are each compared with the few that could hold them.
        var fullByLastWord = pieces
            .Where(p => p.Kind is EntityKind.Place or EntityKind.Organization && p.EndToken - p.StartToken >= 2)
            .Select(p => (Words: Words(p.Surface), p.Kind, Name: p.CanonicalName ?? p.Surface))
            .DistinctBy(f => (string.Join(' ', f.Words), f.Name))
            .ToLookup(f => f.Words[^1], StringComparer.Ordinal);
        if (fullByLastWord.Count == 0)
        {
            return;
        }

        foreach (var piece in pieces.Where(p => p.Kind is EntityKind.Place or EntityKind.Organization))
        {
            var words = Words(piece.Surface);
            var owners = fullByLastWord[words[^1]].Where(f => f.Words.Length > words.Length && f.Words.AsSpan()[^words.Length..].SequenceEqual(words))
                .DistinctBy(f => f.Name).ToList();
            if (owners.Count == 1 && gazetteer.Find(piece.Surface) is null && char.IsUpper(words[^1][0])
                && (words.Length > 1 || wordClass(words[0]) is "noun.group" or "noun.artifact"))
            {
                piece.Kind = owners[0].Kind;
                piece.CanonicalName = owners[0].Name;
            }
        }
    }

    private static string[] Words(string surface) => surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
