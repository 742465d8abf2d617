using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Names the tagger finds that are not the story's: inside a picture credit, on a cut-off last word, or an everyday
/// word the article also writes in lower case.
/// </summary>
internal static class UntrustedNames
{
    /// <summary>Names inside a picture credit are the photographer's and the agency's (<see cref="Credits"/>).</summary>
    public static void DropCredited(string text, List<NamePiece> pieces)
    {
        var credits = Credits.Spans(text).ToList();
        if (credits.Count > 0)
        {
            pieces.RemoveAll(p => credits.Exists(c => p.Start >= c.Start && p.End <= c.End));
        }
    }

    /// <summary>
    /// A lone capitalised word the tagger read as a place or organisation, that the gazetteer does not know, that
    /// WordNet knows as an everyday word other than a group, place or person (the sun, an eclipse, an update), and
    /// that the article also writes in lower case, is that word, not a name: "the Moon completely blocked the Sun"
    /// beside "the sun's corona". A company named by an everyday word ("Target") stays when the article never writes
    /// the word in lower case.
    /// </summary>
    public static void DropEverydayWords(List<Token> tokens, List<NamePiece> pieces, Gazetteer gazetteer, Func<string, string> wordClass)
    {
        HashSet<string>? lowerCase = null;
        pieces.RemoveAll(p => p.Kind is EntityKind.Place or EntityKind.Organization
            && p.Surface.Length > 2 && !p.Surface.Contains(' ', StringComparison.Ordinal) && char.IsUpper(p.Surface[0]) && p.Surface.Skip(1).All(char.IsLower)
            && gazetteer.Find(p.Surface) is null
            && wordClass(p.Surface) is { Length: > 0 } kind && kind is not ("noun.group" or "noun.location" or "noun.person")
            && (lowerCase ??= tokens.Where(t => t.IsWord && char.IsLower(t.Text[0])).Select(t => t.Text).ToHashSet(StringComparer.Ordinal))
                .Contains(p.Surface.ToLowerInvariant()));
    }

    /// <summary>A capture cut off mid-sentence may end mid-word ("… in Colebr"): a name on its last word is not trusted.</summary>
    public static void DropCutOff(string text, List<Token> tokens, List<NamePiece> pieces)
    {
        var end = text.AsSpan().TrimEnd();
        if (tokens.Count > 0 && end.Length > 0 && char.IsLetter(end[^1]))
        {
            pieces.RemoveAll(p => p.EndToken == tokens.Count);
        }
    }
}
