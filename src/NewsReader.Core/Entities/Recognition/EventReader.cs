using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Finds events. Happenings anchored to a place or organisation the article names: "Rafah ground offensive", "ground
/// offensive in Rafah", "a ground offensive in the occupied Palestinian territory of Rafah", "UN resolution demanding
/// a ceasefire in Gaza", "attack by Iran"; ceremonies and killings anchored to a person ("Masoud Pezeshkian's
/// swearing-in ceremony"); happenings anchored to a date ("October 7 attack", "1988 massacre", "presidential
/// election on November 5, 2024"); and events known by a name or date alone ("Oct. 7", "Islamic Revolution",
/// events.tsv). An anchored event is named by its anchor then the happening ("Rafah ground offensive", "UN ceasefire
/// resolution"), and in one article the shorter "offensive in Rafah" takes the fullest name given to the same anchor
/// and head; a dated one keeps its words. Event mentions may contain the names they are anchored to.
/// </summary>
internal static class EventReader
{
    private const int MaxGap = 9;

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "into", "at", "against", "of", "by", "from", "near", "targeting", "between",
    };

    /// <summary>Prepositions that place what comes before them: "in southern Gaza", "near Moscow".</summary>
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase) { "in", "near", "at", "outside" };

    /// <summary>
    /// Words that may stand between "attack on" and the place: "the occupied Palestinian territory of", "an Iranian
    /// consulate in", "the consular section of Iran's Embassy in".
    /// </summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "occupied", "southern", "northern", "eastern", "western", "central", "territory",
        "city", "town", "region", "province", "village", "border", "enclave", "area", "strip", "capital", "consulate",
        "embassy", "consular", "section", "building", "compound", "base", "headquarters", "residence", "facility",
        "site", "in", "of", "at", "'s", "’s", "his", "her", "their", "nation", "country", "and",
    };

    /// <summary>Words that may stand between a ceremony and its person: "of Iran's president,", "of the new Iranian President".</summary>
    private static readonly HashSet<string> PersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "new", "late", "former", "of", "'s", "’s", ",",
    };

    /// <summary>What an event may be done to, between a place and the happening: "Syria consulate strike".</summary>
    private static readonly HashSet<string> Targets = new(StringComparer.OrdinalIgnoreCase) { "consulate", "embassy", "border", "military" };

    private static readonly HashSet<string> Linkers = new(StringComparer.OrdinalIgnoreCase) { "demanding", "calling", "for" };

    public static List<NamePiece> Read(string text, List<Token> tokens, IReadOnlyList<NamePiece> pieces, Gazetteer gazetteer)
    {
        var anchors = pieces.Where(p => p.Kind is EntityKind.Place or EntityKind.Organization).ToList();
        var people = pieces.Where(p => p.Kind is EntityKind.Person).ToList();
        var found = new List<(NamePiece Piece, string Anchor, string Head)>();
        foreach (var anchor in anchors)
        {
            if (AnchorThenHead(text, tokens, anchor, anchors, EventWords.SingleHeads, gazetteer) is { } before)
            {
                found.Add(before);
            }

            if (HeadThenAnchor(text, tokens, anchor, EventWords.SingleHeads, PlaceWords, gazetteer) is { } after)
            {
                found.Add(after);
            }
        }

        foreach (var person in people)
        {
            found.AddRange(new[]
            {
                AnchorThenHead(text, tokens, person, anchors, EventWords.PersonHeads, gazetteer),
                HeadThenAnchor(text, tokens, person, EventWords.PersonHeads, PersonWords, gazetteer),
            }.OfType<(NamePiece, string, string)>());
        }

        // In one article, "offensive in Rafah" is the "Rafah ground offensive" it also names.
        var fullest = found.GroupBy(f => (f.Anchor, EventWords.HeadClass(f.Head)))
            .ToDictionary(g => g.Key, g => g.MaxBy(f => f.Piece.CanonicalName!.Length).Piece.CanonicalName);
        var events = found
            .Select(f => f.Piece with { CanonicalName = fullest[(f.Anchor, EventWords.HeadClass(f.Head))] })
            .Concat(DatedEvents.Dated(text, tokens, gazetteer))
            .Concat(DatedEvents.Named(text, tokens, gazetteer))
            .DistinctBy(p => (p.Start, p.End))
            .ToList();

        // "ceasefire in Gaza" inside "UN resolution demanding a ceasefire in Gaza" is part of that one event. An
        // event never runs across a line: a headline's last word and a caption below it are not one name. An event
        // inside an organisation's or a place's name is part of that name ("the Guards of the Islamic Revolution").
        return events
            .Where(e => !e.Surface.Contains('\n', StringComparison.Ordinal))
            .Where(e => !anchors.Exists(a => a.StartToken <= e.StartToken && e.EndToken <= a.EndToken))
            .Where(e => !events.Any(o => o != e && o.Start <= e.Start && e.End <= o.End && !o.Surface.Contains('\n', StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>"Rafah ground offensive", "UN resolution demanding a ceasefire".</summary>
    private static (NamePiece, string, string)? AnchorThenHead(string text, List<Token> tokens, NamePiece anchor, List<NamePiece> anchors, HashSet<string> heads, Gazetteer gazetteer)
    {
        var i = anchor.EndToken;
        if (i < tokens.Count && tokens[i].IsPossessive)
        {
            i++;
        }

        var words = new List<string>();
        if (i < tokens.Count && Targets.Contains(tokens[i].Text))
        {
            words.Add(tokens[i++].Text.ToLowerInvariant());
        }

        i = ReadModifiers(tokens, i, words);

        if (i >= tokens.Count || !heads.Contains(tokens[i].Text))
        {
            return null;
        }

        var head = tokens[i].Text.ToLowerInvariant();
        var end = i + 1;
        // "Israel Hamas war": a second name right before the anchor is part of the event.
        var first = anchors.FirstOrDefault(a => a.EndToken == anchor.StartToken && a != anchor);
        var name = (first is null ? "" : NameOf(first) + " ") + NameOf(anchor) + " " + string.Join(' ', words.Append(head));
        if (head == "resolution" && end + 2 < tokens.Count && Linkers.Contains(tokens[end].Text))
        {
            // "UN resolution demanding a ceasefire in Gaza": the resolution is named by what it demands.
            var j = end + 1;
            while (j < tokens.Count && j - end <= MaxGap && !IsDemanded(tokens[j].Text))
            {
                j++;
            }

            if (j < tokens.Count && IsDemanded(tokens[j].Text))
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
        else if (end + 2 < tokens.Count && tokens[end].Text == "of" && DatedEvents.DateAt(tokens, end + 1) is { } dateEnd)
        {
            // "Hamas massacre of October 7": the date names it with the anchor, or is the name of a known event
            // (the October 7 attack) that this one is.
            var date = text[tokens[end + 1].Start..tokens[dateEnd - 1].End];
            name = gazetteer.FindEvent(date) ?? name + " of " + date;
            end = dateEnd;
        }

        return (Piece(text, tokens, first?.StartToken ?? anchor.StartToken, end, name), NameOf(anchor), head);

        bool IsDemanded(string word) => heads.Contains(word) || EventWords.Demands.Contains(word);
    }

    /// <summary>"ground offensive in Rafah", "offensive in the occupied Palestinian territory of Rafah".</summary>
    private static (NamePiece, string, string)? HeadThenAnchor(
        string text, List<Token> tokens, NamePiece anchor, HashSet<string> heads, HashSet<string> walkWords, Gazetteer gazetteer)
    {
        // Walk back over words describing the place until "<head> <preposition>" stands right before them.
        var i = anchor.StartToken - 1;
        var gap = 0;
        while (i >= 1 && gap <= MaxGap && !(Prepositions.Contains(tokens[i].Text) && heads.Contains(tokens[i - 1].Text)))
        {
            if (!walkWords.Contains(tokens[i].Text) && !(tokens[i].IsWord && tokens[i].IsCapitalized) && !gazetteer.IsTitle(tokens[i].Text))
            {
                return null;
            }

            // "offensive in the city of Rafah in southern Gaza": where the happening has its place, a second place
            // after it only says where that place is; the nearer one names the event. ("the consulate of Iran's
            // Embassy in Damascus" goes on: an embassy is a description, not a name.)
            if (Locatives.Contains(tokens[i].Text) && i > 0 && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized && !walkWords.Contains(tokens[i - 1].Text))
            {
                return null;
            }

            i--;
            gap++;
        }

        if (i < 1 || gap > MaxGap || !Prepositions.Contains(tokens[i].Text) || !heads.Contains(tokens[i - 1].Text))
        {
            return null;
        }

        var headIndex = i - 1;
        var start = headIndex;
        while (start > 0 && (EventWords.Modifiers.Contains(tokens[start - 1].Text)
            || (tokens[start - 1].Text == "and" && start > 1 && EventWords.Modifiers.Contains(tokens[start - 2].Text))))
        {
            start--;
        }

        var head = tokens[headIndex].Text.ToLowerInvariant();
        var words = tokens.Skip(start).Take(headIndex - start + 1).Select(t => t.Text.ToLowerInvariant()).ToList();

        // "conflict between Israel and Hamas" is the "Israel Hamas conflict": both sides name it.
        var sides = tokens[i].Text.Equals("between", StringComparison.OrdinalIgnoreCase)
            ? string.Concat(tokens.Skip(i + 1).Take(anchor.StartToken - i - 1).Where(t => t.IsCapitalized).Select(t => t.Text + " "))
            : "";

        // "April 1 Israeli strike on ...": a date and a demonym before the head belong to the mention, not the name.
        if (start > 2 && gazetteer.PlaceOfDemonym(tokens[start - 1].Text) is not null && DatedEvents.DateAt(tokens, start - 3) == start - 1)
        {
            start -= 3;
        }

        return (Piece(text, tokens, start, anchor.EndToken, sides + NameOf(anchor) + " " + string.Join(' ', words)), NameOf(anchor), head);
    }

    /// <summary>
    /// How the anchor appears in the event's name: a place by its canonical name, so "war in Gaza" and "Gaza Strip
    /// war" are one; an organisation as written, since "UN resolution" and "IDF operation" are how events are named.
    /// </summary>
    private static string NameOf(NamePiece anchor) => anchor.Kind == EntityKind.Place ? anchor.CanonicalName ?? anchor.Surface : anchor.Surface;

    /// <summary>Modifiers before a head, "drone and missile", read from <paramref name="i"/>; returns where they stop.</summary>
    internal static int ReadModifiers(List<Token> tokens, int i, List<string> words)
    {
        while (i < tokens.Count && (EventWords.Modifiers.Contains(tokens[i].Text)
            || (tokens[i].Text == "and" && words.Count > 0 && i + 1 < tokens.Count && EventWords.Modifiers.Contains(tokens[i + 1].Text))))
        {
            words.Add(tokens[i++].Text.ToLowerInvariant());
        }

        return i;
    }

    internal static NamePiece Piece(string text, List<Token> tokens, int start, int end, string name) =>
        NamePiece.Over(tokens, start, end, text[tokens[start].Start..tokens[end - 1].End], EntityKind.Event, name);
}
