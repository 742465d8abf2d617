using System.Collections.Frozen;
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
    /// the word in lower case. Nor is such a word, of any kind but a place or a person, numbering a step or a grade
    /// ("a Category 3 storm", "Level 4 advisory", "Phase 2 trial"), whether the article writes it in lower case or not.
    /// </summary>
    public static void DropEverydayWords(List<Token> tokens, List<NamePiece> pieces, Gazetteer gazetteer, Func<string, string> wordClass)
    {
        HashSet<string>? lowerCase = null;
        pieces.RemoveAll(p => p.Kind is EntityKind.Place or EntityKind.Organization
            && p.Surface.Length > 2 && !p.Surface.Contains(' ', StringComparison.Ordinal) && char.IsUpper(p.Surface[0]) && p.Surface.Skip(1).All(char.IsLower)
            && gazetteer.Find(p.Surface) is null
            && wordClass(p.Surface) is { Length: > 0 } kind && kind is not ("noun.location" or "noun.person")
            && (NumbersAStep(tokens, p) || (kind is not "noun.group"
                && (lowerCase ??= tokens.Where(t => t.IsWord && char.IsLower(t.Text[0])).Select(t => t.Text).ToHashSet(StringComparer.Ordinal))
                    .Contains(p.Surface.ToLowerInvariant()))));
    }

    /// <summary>
    /// A word right before a small whole number that a word in lower case follows ("Category 3 storm", "Phase 2
    /// trial"): a numbered step. A score ("Forest 2, Arsenal 1") is followed by a comma or the other side's name.
    /// </summary>
    private static bool NumbersAStep(List<Token> tokens, NamePiece piece) =>
        piece.EndToken + 1 < tokens.Count && tokens[piece.EndToken].Text is { Length: <= 2 } number && number.All(char.IsAsciiDigit)
        && tokens[piece.EndToken + 1] is { IsWord: true } next && char.IsLower(next.Text[0]);

    /// <summary>
    /// A name followed by "'s" and a word for an illness ("Alzheimer's disease", "Crohn's disease", "Tourette's
    /// syndrome") names the illness, not its eponym: no person, place or organisation of the story.
    /// </summary>
    public static void DropIllnessNames(List<Token> tokens, List<NamePiece> pieces) =>
        pieces.RemoveAll(p => p.Kind is not EntityKind.Event && p.EndToken + 1 < tokens.Count && tokens[p.EndToken].IsPossessive
            && IllnessWords.Contains(tokens[p.EndToken + 1].Text));

    /// <summary>Words for an illness that an eponym names.</summary>
    private static readonly FrozenSet<string> IllnessWords = new[] { "disease", "diseases", "syndrome", "disorder" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A name right after a word for a ship or a spacecraft ("the cargo ship Dali", "the vessel, called Dali", "the
    /// vessel known as the Dali"), right before a word for a spacecraft ("the Euclid telescope"), or ending in one ("the
    /// James Webb Space Telescope"), names that craft, which is no person, place or organisation of the story
    /// (the corpus conventions leave ships and products unannotated), wherever the article repeats it: "Dali" is a
    /// town in Yunnan only where no ship carries the name.
    /// </summary>
    public static void DropCraftNames(List<Token> tokens, List<NamePiece> pieces)
    {
        var crafts = pieces.Where(p => p.Kind is EntityKind.Person or EntityKind.Place or EntityKind.Organization
                && (FollowsACraftWord(tokens, p.StartToken) || (p.EndToken < tokens.Count && SpacecraftWords.Contains(tokens[p.EndToken].Text))
                    || EndsInASpacecraftWord(p)))
            .Select(p => p.Surface).ToHashSet(StringComparer.Ordinal);
        if (crafts.Count > 0)
        {
            pieces.RemoveAll(p => p.Kind is not EntityKind.Event && crafts.Contains(p.Surface));
        }
    }

    /// <summary>A name of two words or more whose last is a word for a spacecraft: "the James Webb Space Telescope".</summary>
    private static bool EndsInASpacecraftWord(NamePiece piece) =>
        piece.Surface.LastIndexOf(' ') is > 0 and var space && SpacecraftWords.Contains(piece.Surface[(space + 1)..].ToLowerInvariant());

    /// <summary>
    /// Whether a craft word stands right before token <paramref name="start"/>, or before the words that name it there
    /// ("the ship, called Dali", "the vessel known as the Dali", "the ship - called \"Dali\"").
    /// </summary>
    private static bool FollowsACraftWord(List<Token> tokens, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 6; i--)
        {
            if (CraftWords.Contains(tokens[i].Text))
            {
                return true;
            }

            if (!NamingWords.Contains(tokens[i].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The words and marks between a craft word and the name given it.</summary>
    private static readonly FrozenSet<string> NamingWords = new[]
    {
        ",", "-", "–", "—", "\"", "“", "‘", "'", "called", "named", "dubbed", "known", "as", "the",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words for a spacecraft, which a name before them also names ("the Euclid telescope"); before a word for a ship a
    /// name is as often its port or its flag ("the Dover ferry"), so only one after names a ship.
    /// </summary>
    private static readonly FrozenSet<string> SpacecraftWords = new[] { "telescope", "spacecraft", "rover", "lander" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words for a ship or a spacecraft, in lower case as a common noun is written.</summary>
    private static readonly FrozenSet<string> CraftWords = new[]
    {
        "ship", "vessel", "freighter", "tanker", "ferry", "yacht", "submarine", "warship", "frigate", "destroyer",
    }.Concat(SpacecraftWords).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The name of a law or a treaty ("the First Amendment", "the Affordable Care Act", "the UN Charter", "the Paris
    /// Agreement", "the Abraham Accords") is a document's, which the corpus conventions leave unannotated with works:
    /// no organisation, place or person of the story.
    /// </summary>
    public static void DropDocumentNames(List<NamePiece> pieces) =>
        pieces.RemoveAll(p => p.Kind is EntityKind.Person or EntityKind.Place or EntityKind.Organization && IsDocumentName(p.Surface));

    /// <summary>Whether a name of two words or more ends as a law's or a treaty's does ("UN Charter").</summary>
    public static bool IsDocumentName(string surface) =>
        surface.Contains(' ', StringComparison.Ordinal) && DocumentWords.Contains(surface[(surface.LastIndexOf(' ') + 1)..]);

    /// <summary>Words that end the name of a law or a treaty, capitalised as in its name.</summary>
    private static readonly FrozenSet<string> DocumentWords = new[]
    {
        "Act", "Amendment", "Charter", "Treaty", "Accord", "Accords", "Agreement", "Protocol",
    }.ToFrozenSet(StringComparer.Ordinal);

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
