using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Finds happenings anchored to a place or organisation the article names: "Rafah ground offensive", "ground
/// offensive in Rafah", "a ground offensive in the occupied Palestinian territory of Rafah", "UN resolution demanding
/// a ceasefire in Gaza". Each gets a readable name, the anchor as written then the happening ("Rafah ground
/// offensive", "UN ceasefire resolution"), and in one article the shorter "offensive in Rafah" takes the fullest
/// name given to the same anchor and head. Event mentions may contain the names they are anchored to.
/// </summary>
internal static class EventReader
{
    private const int MaxGap = 6;

    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "offensive", "incursion", "invasion", "operation", "attack", "attacks", "strike", "strikes", "airstrike",
        "airstrikes", "assault", "bombing", "shooting", "earthquake", "election", "elections", "resolution", "raid",
        "crash", "ceasefire", "summit", "war",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ground", "military", "air", "missile", "drone", "rocket", "deadly", "retaliatory", "planned", "full-scale",
        "presidential", "parliamentary", "general", "terror", "terrorist", "helicopter",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "on", "into", "at", "against", "of" };

    /// <summary>
    /// Words that may stand between "attack on" and the place: "the occupied Palestinian territory of", "an Iranian
    /// consulate in", "the consular section of Iran's Embassy in".
    /// </summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "occupied", "southern", "northern", "eastern", "western", "central", "territory",
        "city", "town", "region", "province", "village", "border", "enclave", "area", "strip", "capital", "consulate",
        "embassy", "consular", "section", "building", "compound", "base", "headquarters", "residence", "facility",
        "site", "in", "of", "at", "'s", "’s",
    };

    /// <summary>What an event may be done to, between a place and the happening: "Syria consulate strike".</summary>
    private static readonly HashSet<string> Targets = new(StringComparer.OrdinalIgnoreCase) { "consulate", "embassy", "border", "military" };

    private static readonly HashSet<string> Linkers = new(StringComparer.OrdinalIgnoreCase) { "demanding", "calling", "for" };

    public static List<NamePiece> Read(string text, List<Token> tokens, IReadOnlyList<NamePiece> pieces)
    {
        var anchors = pieces.Where(p => p.Kind is EntityKind.Place or EntityKind.Organization).ToList();
        var found = new List<(NamePiece Piece, string Anchor, string Head)>();
        foreach (var anchor in anchors)
        {
            if (AnchorThenHead(text, tokens, anchor, anchors) is { } before)
            {
                found.Add(before);
            }

            if (HeadThenAnchor(text, tokens, anchor) is { } after)
            {
                found.Add(after);
            }
        }

        // In one article, "offensive in Rafah" is the "Rafah ground offensive" it also names.
        var fullest = found.GroupBy(f => (f.Anchor, f.Head)).ToDictionary(g => g.Key, g => g.MaxBy(f => f.Piece.CanonicalName!.Length).Piece.CanonicalName);
        var events = found
            .Select(f => f.Piece with { CanonicalName = fullest[(f.Anchor, f.Head)] })
            .DistinctBy(p => (p.Start, p.End))
            .ToList();

        // "ceasefire in Gaza" inside "UN resolution demanding a ceasefire in Gaza" is part of that one event.
        return events.Where(e => !events.Any(o => o != e && o.Start <= e.Start && e.End <= o.End)).ToList();
    }

    /// <summary>"Rafah ground offensive", "UN resolution demanding a ceasefire".</summary>
    private static (NamePiece, string, string)? AnchorThenHead(string text, List<Token> tokens, NamePiece anchor, List<NamePiece> anchors)
    {
        var i = anchor.EndToken;
        if (i < tokens.Count && tokens[i].Text is "'s" or "’s")
        {
            i++;
        }

        var words = new List<string>();
        if (i < tokens.Count && Targets.Contains(tokens[i].Text))
        {
            words.Add(tokens[i++].Text.ToLowerInvariant());
        }

        i = ReadModifiers(tokens, i, words);

        if (i >= tokens.Count || !Heads.Contains(tokens[i].Text))
        {
            return null;
        }

        var head = tokens[i].Text.ToLowerInvariant();
        var end = i + 1;
        var name = NameOf(anchor) + " " + string.Join(' ', words.Append(head));
        if (head == "resolution" && end + 2 < tokens.Count && Linkers.Contains(tokens[end].Text))
        {
            // "UN resolution demanding a ceasefire in Gaza": the resolution is named by what it demands.
            var j = end + 1;
            while (j < tokens.Count && j - end <= MaxGap && !Heads.Contains(tokens[j].Text))
            {
                j++;
            }

            if (j < tokens.Count && Heads.Contains(tokens[j].Text))
            {
                name = $"{NameOf(anchor)} {tokens[j].Text.ToLowerInvariant()} resolution";
                end = j + 1;

                // "... a ceasefire in Gaza": the place it is about belongs to the mention, not to the name.
                if (end + 1 < tokens.Count && Prepositions.Contains(tokens[end].Text) && anchors.FirstOrDefault(a => a.StartToken == end + 1) is { } about)
                {
                    end = about.EndToken;
                }
            }
        }

        return (Piece(text, tokens, anchor.StartToken, end, name), NameOf(anchor), head);
    }

    /// <summary>"ground offensive in Rafah", "offensive in the occupied Palestinian territory of Rafah".</summary>
    private static (NamePiece, string, string)? HeadThenAnchor(string text, List<Token> tokens, NamePiece anchor)
    {
        // Walk back over words describing the place until "<head> <preposition>" stands right before them.
        var i = anchor.StartToken - 1;
        var gap = 0;
        while (i >= 1 && gap <= MaxGap && !(Prepositions.Contains(tokens[i].Text) && Heads.Contains(tokens[i - 1].Text)))
        {
            if (!IsPlaceWord(tokens[i]))
            {
                return null;
            }

            i--;
            gap++;
        }

        if (i < 1 || gap > MaxGap || !Prepositions.Contains(tokens[i].Text) || !Heads.Contains(tokens[i - 1].Text))
        {
            return null;
        }

        var headIndex = i - 1;
        var start = headIndex;
        while (start > 0 && (Modifiers.Contains(tokens[start - 1].Text)
            || (tokens[start - 1].Text == "and" && start > 1 && Modifiers.Contains(tokens[start - 2].Text))))
        {
            start--;
        }

        var head = tokens[headIndex].Text.ToLowerInvariant();
        var words = tokens.Skip(start).Take(headIndex - start + 1).Select(t => t.Text.ToLowerInvariant());
        return (Piece(text, tokens, start, anchor.EndToken, NameOf(anchor) + " " + string.Join(' ', words)), NameOf(anchor), head);
    }

    /// <summary>
    /// How the anchor appears in the event's name: a place by its canonical name, so "war in Gaza" and "Gaza Strip
    /// war" are one; an organisation as written, since "UN resolution" and "IDF operation" are how events are named.
    /// </summary>
    private static string NameOf(NamePiece anchor) => anchor.Kind == EntityKind.Place ? anchor.CanonicalName ?? anchor.Surface : anchor.Surface;

    /// <summary>Modifiers before a head, "drone and missile", read from <paramref name="i"/>; returns where they stop.</summary>
    private static int ReadModifiers(List<Token> tokens, int i, List<string> words)
    {
        while (i < tokens.Count && (Modifiers.Contains(tokens[i].Text)
            || (tokens[i].Text == "and" && words.Count > 0 && i + 1 < tokens.Count && Modifiers.Contains(tokens[i + 1].Text))))
        {
            words.Add(tokens[i++].Text.ToLowerInvariant());
        }

        return i;
    }

    /// <summary>A word that can describe the place an event happens in: "occupied", "territory", or a demonym.</summary>
    private static bool IsPlaceWord(Token token) => PlaceWords.Contains(token.Text) || (token.IsWord && token.IsCapitalized);

    private static NamePiece Piece(string text, List<Token> tokens, int start, int end, string name) =>
        NamePiece.Over(tokens, start, end, text[tokens[start].Start..tokens[end - 1].End], EntityKind.Event, name);
}
