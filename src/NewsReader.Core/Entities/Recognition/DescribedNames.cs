using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Names the tagger read as MISC (its class for nationalities, events, products and works, none of which is stored)
/// whose kind the words around them state, as a reader takes it from the noun that describes them:
/// <list type="bullet">
/// <item>a place when a word for a place closes the name ("Harwick Township", "Lakeside Science Center"), follows it
/// in lower case after an article or a preposition of place ("the Qarvaneh neighborhood", "in Vetlanov region"), or
/// comes before it with "of" ("the province of East Marrow");</item>
/// <item>an organisation when a word for a group of people stands right before it in lower case ("the charity Bright
/// Table Kitchen", "the relief organization Bright Table Kitchen"). A group word after the name is not enough: "the
/// Velmar forest" would be an organisation, since a forest is first of all a group of trees; and when its possessive
/// owns an organisation ("Major League Baseball's Cleveland Guardians"): what owns an organisation is one.</item>
/// </list>
/// A name so read is read the same wherever else the article gives it as MISC. Nationalities and compounds of them
/// ("Iranian-backed"), single everyday words ("Reply") and names the gazetteer knows are left as they are. Likewise,
/// capitalised words the tagger left unread after a word for a group name it ("the rock band Tumbleweed"), and a name
/// the tagger read as an organisation or a place that a word for a person describes is a person ("the novelist
/// Breezy Whitfield", <see cref="ApplyToPeople"/>). The words are told apart by their WordNet class (noun.location,
/// noun.group, noun.person), not by a list.
/// </summary>
internal static class DescribedNames
{
    private const string PlaceClass = "noun.location";
    private const string GroupClass = "noun.group";
    private const string PersonClass = "noun.person";

    /// <summary>The most capitalised words read as a group's name after the word for the group.</summary>
    private const int MaxGroupNameWords = 4;

    /// <summary>The shortest lower-case word read as a describing noun ("area", "band"): shorter ones are function words.</summary>
    private const int ShortestNoun = 4;

    /// <summary>
    /// Articles and prepositions of place: after one of them, a name and the noun after it are one noun phrase ("the
    /// Qarvaneh neighborhood", "in Vetlanov region"), not a name and a verb ("Qarvaneh left").
    /// </summary>
    private static readonly HashSet<string> NounPhraseOpeners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "in", "at", "near", "from", "into", "of" };

    /// <summary>Lower-case words a name may hold between its capitalised ones ("Museum of Natural History").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "&" };

    /// <summary>
    /// Adds to <paramref name="pieces"/> the names among <paramref name="unread"/> (token ranges the tagger read as
    /// MISC that became no name) whose kind the words around them state; <paramref name="wordClassOf"/> gives the
    /// WordNet class of an everyday word ("noun.group"), or "".
    /// </summary>
    public static void Apply(string text, List<Token> tokens, IReadOnlyList<(int Start, int End)> unread, List<NamePiece> pieces,
        Gazetteer gazetteer, Func<string, string> wordClassOf)
    {
        // Token by token, so that a long article's thousands of spans are not each compared with every name.
        var covered = pieces.SelectMany(p => Enumerable.Range(p.StartToken, p.EndToken - p.StartToken)).ToHashSet();
        var candidates = unread
            .Where(span => !Enumerable.Range(span.Start, span.End - span.Start).Any(covered.Contains) && IsName(tokens, span, gazetteer, wordClassOf))
            .Select(span => (Span: span, Surface: text[tokens[span.Start].Start..tokens[span.End - 1].End]))
            .ToList();
        var organisationStarts = pieces.Where(p => p.Kind == EntityKind.Organization).Select(p => p.StartToken).ToHashSet();
        var kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var (span, surface) in candidates)
        {
            if (KindStated(tokens, span, organisationStarts, wordClassOf) is { } kind)
            {
                kinds.TryAdd(surface, kind);
            }
        }

        foreach (var (span, surface) in candidates)
        {
            if (kinds.TryGetValue(surface, out var kind))
            {
                pieces.Add(NamePiece.Over(tokens, span.Start, span.End, surface, kind, surface));
            }
        }

        AddNamedGroups(text, tokens, pieces, gazetteer, wordClassOf);

        pieces.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// Capitalised words the tagger left unread right after a word for a group in lower case name that group: "the
    /// rock band Tumbleweed", "the aid group Open Hands". Not a title, a day or a month ("the team Sunday"), a
    /// nationality or a name the gazetteer knows.
    /// </summary>
    private static void AddNamedGroups(string text, List<Token> tokens, List<NamePiece> pieces, Gazetteer gazetteer, Func<string, string> wordClassOf)
    {
        var covered = pieces.SelectMany(p => Enumerable.Range(p.StartToken, p.EndToken - p.StartToken)).ToHashSet();
        for (var start = 1; start < tokens.Count; start++)
        {
            if (!IsLowerCase(tokens[start - 1].Text) || !IsGroupWord(tokens[start - 1].Text, wordClassOf))
            {
                continue;
            }

            var end = start;
            while (end < tokens.Count && end - start < MaxGroupNameWords && !covered.Contains(end) && IsCapitalized(tokens[end].Text)
                && tokens[end].Text.All(char.IsLetterOrDigit) && !gazetteer.IsTitle(tokens[end].Text) && gazetteer.PlaceOfDemonym(tokens[end].Text) is null
                && !IsCalendarWord(tokens[end].Text) && (end == start || !text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).Contains('\n')))
            {
                end++;
            }

            if (end > start && (end == tokens.Count || !IsCapitalized(tokens[end].Text)))
            {
                var surface = text[tokens[start].Start..tokens[end - 1].End];
                if (gazetteer.Find(surface) is null)
                {
                    pieces.Add(NamePiece.Over(tokens, start, end, surface, EntityKind.Organization, surface));
                    covered.UnionWith(Enumerable.Range(start, end - start));
                }
            }
        }

        pieces.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// Names of two or three capitalised words the tagger read as an organisation or a place that a word for a person
    /// (WordNet noun.person) stands right before in lower case ("the film actor Rainy Calloway", "the novelist …")
    /// are people, there and wherever else the article writes them so. Names the gazetteer knows, or whose kind the
    /// words around them settled, are left.
    /// </summary>
    public static void ApplyToPeople(List<Token> tokens, List<NamePiece> pieces, Gazetteer gazetteer, Func<string, string> wordClassOf)
    {
        var people = pieces
            .Where(p => IsUnsettledName(p, gazetteer) && p.EndToken - p.StartToken is 2 or 3
                && Enumerable.Range(p.StartToken, p.EndToken - p.StartToken).All(i => IsCapitalized(tokens[i].Text) && tokens[i].Text.All(char.IsLetter))
                && p.StartToken > 0 && IsLowerCase(tokens[p.StartToken - 1].Text) && wordClassOf(tokens[p.StartToken - 1].Text) == PersonClass)
            .Select(p => p.Surface)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var piece in pieces.Where(p => people.Contains(p.Surface) && IsUnsettledName(p, gazetteer)))
        {
            piece.Kind = EntityKind.Person;
        }
    }

    private static bool IsUnsettledName(NamePiece piece, Gazetteer gazetteer) =>
        piece.Kind is EntityKind.Organization or EntityKind.Place && !piece.KindIsSettled && piece.CanonicalName == piece.Surface
        && gazetteer.Find(piece.Surface) is null;

    /// <summary>The kind the words around the name give it, or null when they say nothing.</summary>
    private static EntityKind? KindStated(List<Token> tokens, (int Start, int End) span, HashSet<int> organisationStarts, Func<string, string> wordClassOf)
    {
        var (start, end) = span;
        var last = tokens[end - 1].Text;
        var next = end < tokens.Count ? tokens[end].Text : "";
        var previous = start > 0 ? tokens[start - 1].Text : "";
        if ((end - start > 1 && wordClassOf(last) == PlaceClass)
            || (NounPhraseOpeners.Contains(previous) && IsLowerCase(next) && wordClassOf(next) == PlaceClass)
            || (PlaceBeforeOf(tokens, start) is { } place && wordClassOf(place) == PlaceClass))
        {
            return EntityKind.Place;
        }

        var ownsAnOrganisation = end + 1 < tokens.Count && tokens[end].IsPossessive && organisationStarts.Contains(end + 1);
        return (IsLowerCase(previous) && IsGroupWord(previous, wordClassOf)) || ownsAnOrganisation
            ? EntityKind.Organization
            : null;
    }

    /// <summary>The lower-case noun in "the province of" right before the name, or null.</summary>
    private static string? PlaceBeforeOf(List<Token> tokens, int start)
    {
        var of = start > 0 && tokens[start - 1].Text == "the" ? start - 2 : start - 1;
        return of > 0 && tokens[of].Text == "of" && IsLowerCase(tokens[of - 1].Text) ? tokens[of - 1].Text : null;
    }

    /// <summary>
    /// Whether the span reads as a proper name of its own: capitalised words (with "of" or "and" between them), no
    /// nationality or compound with one, not one everyday word, not a name the gazetteer already knows.
    /// </summary>
    private static bool IsName(List<Token> tokens, (int Start, int End) span, Gazetteer gazetteer, Func<string, string> wordClassOf)
    {
        var words = tokens.Skip(span.Start).Take(span.End - span.Start).Select(t => t.Text).ToList();
        if (!IsCapitalized(words[0]) || !IsCapitalized(words[^1])
            || !words.TrueForAll(w => IsCapitalized(w) || Connectors.Contains(w))
            || words.Exists(w => w.Split('-').Any(part => !IsCapitalized(part) || gazetteer.PlaceOfDemonym(part) is not null || gazetteer.Find(part) is not null && w.Contains('-', StringComparison.Ordinal))))
        {
            return false;
        }

        var surface = string.Join(' ', words);
        return gazetteer.Find(surface) is null && gazetteer.FindEvent(surface) is null
            && !(words.Count == 1 && wordClassOf(words[0]).Length > 0);
    }

    /// <summary>A word for a group of people: WordNet's noun.group, and "group" itself, which WordNet files as a top noun.</summary>
    private static bool IsGroupWord(string word, Func<string, string> wordClassOf) =>
        wordClassOf(word) == GroupClass || word is "group" or "groups";

    /// <summary>A day or month name in English ("Sunday", "March"), from the invariant culture's calendar names.</summary>
    internal static bool IsCalendarWord(string word) =>
        CalendarWords.Contains(word);

    private static readonly HashSet<string> CalendarWords = new(
        System.Globalization.DateTimeFormatInfo.InvariantInfo.DayNames.Concat(System.Globalization.DateTimeFormatInfo.InvariantInfo.MonthNames).Where(n => n.Length > 0),
        StringComparer.Ordinal);

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]) && word.Any(char.IsLetter);

    /// <summary>A lower-case word long enough to be a noun rather than a function word WordNet also lists ("or", "in").</summary>
    private static bool IsLowerCase(string word) => word.Length >= ShortestNoun && word.All(char.IsLower);
}
