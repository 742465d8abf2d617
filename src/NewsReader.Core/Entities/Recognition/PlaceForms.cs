using System.Collections.Frozen;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Places written in the forms American news gives them, which a tagger trained on 1996 wire copy misreads:
/// a town before its state ("Butler, Pennsylvania", "Dundalk, Md.", "Carbondale, Ill.": the town is a place, even
/// where it reads as a surname, and so is the state, abbreviated in AP style or by its postal code); the state in a
/// legislator's party label ("Sen. Michael Bennet (D-Colo.)"); and a named facility, whose head noun makes the whole
/// name a place ("Francis Scott Key Bridge", "Ben Gurion airport", "Rafah crossing").
/// </summary>
internal static class PlaceForms
{
    public static void Apply(string text, List<Token> tokens, List<NamePiece> pieces, Func<string, string> wordClassOf)
    {
        var index = new PieceIndex(pieces, tokens.Count);
        ReadTownsBeforeStates(text, tokens, index);
        ReadPartyLabels(tokens, index);
        index.Commit();
        ReadFacilities(text, tokens, pieces.Where(p => p.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Place).ToList(), index);
        index.Commit();
        InstitutionNames.Read(text, tokens, pieces.Where(p => p.Kind is EntityKind.Place).ToList(), index, wordClassOf);
        index.Commit();
        ReadUntaggedFacilities(text, tokens, index);
        index.Commit();
        pieces.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
    }

    /// <summary>
    /// "Town, State" followed by a break (a comma, a full stop, a bracket, a dash or the line's end): the state is a
    /// place, and so is a one-word town before it, even one the tagger read as a person. A postal code ("Dundalk,
    /// MD") counts only after a name the tagger read as a place: "Jane Roe, MD" is a doctor and "Fine, OK." a reply.
    /// </summary>
    private static void ReadTownsBeforeStates(string text, List<Token> tokens, PieceIndex pieces)
    {
        for (var comma = 1; comma < tokens.Count - 1; comma++)
        {
            if (tokens[comma].Text != "," || StateAt(tokens, comma + 1) is not { } state || !EndsThere(text, tokens, comma + 1 + state.Tokens))
            {
                continue;
            }

            var town = comma - 1;
            var before = pieces.EndingAt(comma);
            var afterName = tokens[town].IsWord && tokens[town].IsCapitalized && tokens[town].Text.Length > 1;
            if (!afterName || (state.IsPostalCode && before?.Kind != EntityKind.Place)
                || (before?.Kind == EntityKind.Person && before.EndToken - before.StartToken > 1))
            {
                continue;
            }

            if (before is null && !FollowsAbbreviation(tokens, town) && !pieces.Covers(town))
            {
                var place = NamePiece.Over(tokens, town, comma, tokens[town].Text, EntityKind.Place, tokens[town].Text);
                place.KindIsSettled = true;
                pieces.Add(place);
            }
            else if (before is not null && before.EndToken - before.StartToken == 1)
            {
                before.CanonicalName = before.Kind == EntityKind.Place ? before.CanonicalName : before.Surface;
                before.Kind = EntityKind.Place;
                before.KindIsSettled = true;
            }

            AddState(text, tokens, pieces, comma + 1, state);
        }
    }

    /// <summary>The state in "(D-Colo.)", "(R-N.Y.)" or "(D-NY)": a party letter, a hyphen, the state.</summary>
    private static void ReadPartyLabels(List<Token> tokens, PieceIndex pieces)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i - 1].Text != "(" || word.Length < 4 || word[0] is not ('D' or 'R' or 'I') || word[1] != '-')
            {
                continue;
            }

            var written = word[2..];
            var withStop = i + 1 < tokens.Count && tokens[i + 1].Text == "." && tokens[i + 1].Start == tokens[i].End;
            var state = States.GetValueOrDefault(withStop ? written + "." : written);
            if (state is null || pieces.Covers(i))
            {
                continue;
            }

            var start = tokens[i].Start + 2;
            var end = withStop ? tokens[i + 1].End : tokens[i].End;
            pieces.Add(new NamePiece(i, withStop ? i + 2 : i + 1, start, end, withStop ? written + "." : written, EntityKind.Place, state));
        }
    }

    /// <summary>
    /// A name whose last word, or the word right after it, is a facility's head noun ("Francis Scott Key Bridge"): the
    /// name with its head is a place, whatever the tagger made of the words before it. A head in lower case joins
    /// only a place or organisation after "the" ("the Rafah crossing"): "Smith crossing the road" names no crossing.
    /// </summary>
    private static void ReadFacilities(string text, List<Token> tokens, List<NamePiece> names, PieceIndex pieces)
    {
        foreach (var piece in names)
        {
            var last = tokens[piece.EndToken - 1].Text;
            if (piece.EndToken - piece.StartToken > 1 && FacilityHeads.Contains(last))
            {
                piece.Kind = EntityKind.Place;
                piece.CanonicalName = piece.Surface;
                continue;
            }

            var next = piece.EndToken;
            if (next >= tokens.Count || !OneSpaceBefore(text, tokens, next) || pieces.StartsAt(next))
            {
                continue;
            }

            var head = tokens[next].Text;
            var capitalizedHead = char.ToUpperInvariant(head[0]) + head[1..];
            var isLowerCase = char.IsLower(head[0]);
            var afterThe = piece.StartToken > 0 && tokens[piece.StartToken - 1].Text is "the" or "The";
            if (FacilityHeads.Contains(capitalizedHead) && (!isLowerCase || (afterThe && piece.Kind != EntityKind.Person)))
            {
                var surface = text[piece.Start..tokens[next].End];
                pieces.Remove(piece);
                pieces.Add(NamePiece.Over(tokens, piece.StartToken, next + 1, surface, EntityKind.Place, $"{piece.Surface} {capitalizedHead}"));
            }
        }
    }

    /// <summary>
    /// A facility the tagger did not read at all: after "the", "at", "in", "of" or "near", capitalised words that end
    /// in a facility's head noun and that no name covers ("at the Crocus City Music Hall") are a place.
    /// </summary>
    private static void ReadUntaggedFacilities(string text, List<Token> tokens, PieceIndex pieces)
    {
        for (var head = 1; head < tokens.Count; head++)
        {
            if (!FacilityHeads.Contains(tokens[head].Text) || pieces.Covers(head))
            {
                continue;
            }

            var start = head;
            while (start > 0 && head - start < MaxFacilityWords && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalized
                && !pieces.Covers(start - 1) && OneSpaceBefore(text, tokens, start))
            {
                start--;
            }

            if (start < head && start > 0 && tokens[start - 1].Text is "the" or "at" or "in" or "of" or "near")
            {
                var surface = text[tokens[start].Start..tokens[head].End];
                pieces.Add(NamePiece.Over(tokens, start, head + 1, surface, EntityKind.Place, surface));
            }
        }
    }

    /// <summary>How many capitalised words may stand before an untagged facility's head ("Crocus City Music" Hall).</summary>
    private const int MaxFacilityWords = 4;

    /// <summary>Whether the word is the end of an abbreviated name ("Genevieve" in "Ste. Genevieve"), not a name of its own.</summary>
    private static bool FollowsAbbreviation(List<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Text == "." && tokens[i - 2].End == tokens[i - 1].Start && tokens[i - 2].IsCapitalized && tokens[i - 2].Text.Length <= 3;

    private static void AddState(string text, List<Token> tokens, PieceIndex pieces, int start, State state)
    {
        var end = start + state.Tokens;
        var tagged = pieces.Touching(start, end);
        if (tagged.Exists(p => p.StartToken < start || p.EndToken > end))
        {
            return;
        }

        // The tagger may have read the abbreviation already ("Md" without its stop): the state's name replaces it.
        tagged.ForEach(pieces.Remove);
        pieces.Add(NamePiece.Over(tokens, start, end, text[tokens[start].Start..tokens[end - 1].End], EntityKind.Place, state.Name));
    }

    /// <summary>The state written at token <paramref name="i"/>: its name, AP abbreviation or postal code; null if none.</summary>
    private static State? StateAt(List<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (i + 1 < tokens.Count && States.GetValueOrDefault(word + " " + tokens[i + 1].Text) is { } twoWords)
        {
            return new State(twoWords, 2, false);
        }

        if (i + 1 < tokens.Count && tokens[i + 1].Text == "." && tokens[i + 1].Start == tokens[i].End
            && States.GetValueOrDefault(word + ".") is { } abbreviated)
        {
            return new State(abbreviated, 2, false);
        }

        return States.GetValueOrDefault(word) is { } name ? new State(name, 1, word.Length == 2 && word.All(char.IsUpper)) : null;
    }

    /// <summary>Whether the state ends a phrase: punctuation, a line's end or the text's end follows (not "Texas officials").</summary>
    private static bool EndsThere(string text, List<Token> tokens, int endToken)
    {
        if (endToken >= tokens.Count)
        {
            return true;
        }

        var between = text.AsSpan(tokens[endToken - 1].End, tokens[endToken].Start - tokens[endToken - 1].End);
        return between.Contains('\n') || tokens[endToken].Text is "," or "." or ";" or ":" or ")" or "(" or "—" or "–" or "--";
    }

    private sealed record State(string Name, int Tokens, bool IsPostalCode);

    /// <summary>Whether token <paramref name="i"/> follows the one before it after one space: words of one name, not across a line.</summary>
    internal static bool OneSpaceBefore(string text, List<Token> tokens, int i) =>
        tokens[i].Start == tokens[i - 1].End + 1 && text[tokens[i - 1].End] == ' ';

    /// <summary>Head nouns of named facilities and landmarks, as written in a name.</summary>
    private static readonly FrozenSet<string> FacilityHeads = new[]
    {
        "Bridge", "Tunnel", "Airport", "Stadium", "Arena", "Square", "Church", "Cathedral", "Mosque", "Synagogue",
        "Dam", "Canal", "Crossing", "Boulevard", "Avenue", "Hall", "Museum", "Palace",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The fifty states and the District of Columbia: each written form (name, AP abbreviation, postal code) to the name.</summary>
    private static readonly FrozenDictionary<string, string> States = BuildStates();

    private static FrozenDictionary<string, string> BuildStates()
    {
        (string Name, string? Ap, string Postal)[] states =
        [
            ("Alabama", "Ala.", "AL"), ("Alaska", null, "AK"), ("Arizona", "Ariz.", "AZ"), ("Arkansas", "Ark.", "AR"),
            ("California", "Calif.", "CA"), ("Colorado", "Colo.", "CO"), ("Connecticut", "Conn.", "CT"), ("Delaware", "Del.", "DE"),
            ("Florida", "Fla.", "FL"), ("Georgia", "Ga.", "GA"), ("Hawaii", null, "HI"), ("Idaho", null, "ID"),
            ("Illinois", "Ill.", "IL"), ("Indiana", "Ind.", "IN"), ("Iowa", null, "IA"), ("Kansas", "Kan.", "KS"),
            ("Kentucky", "Ky.", "KY"), ("Louisiana", "La.", "LA"), ("Maine", null, "ME"), ("Maryland", "Md.", "MD"),
            ("Massachusetts", "Mass.", "MA"), ("Michigan", "Mich.", "MI"), ("Minnesota", "Minn.", "MN"), ("Mississippi", "Miss.", "MS"),
            ("Missouri", "Mo.", "MO"), ("Montana", "Mont.", "MT"), ("Nebraska", "Neb.", "NE"), ("Nevada", "Nev.", "NV"),
            ("New Hampshire", "N.H.", "NH"), ("New Jersey", "N.J.", "NJ"), ("New Mexico", "N.M.", "NM"), ("New York", "N.Y.", "NY"),
            ("North Carolina", "N.C.", "NC"), ("North Dakota", "N.D.", "ND"), ("Ohio", null, "OH"), ("Oklahoma", "Okla.", "OK"),
            ("Oregon", "Ore.", "OR"), ("Pennsylvania", "Pa.", "PA"), ("Rhode Island", "R.I.", "RI"), ("South Carolina", "S.C.", "SC"),
            ("South Dakota", "S.D.", "SD"), ("Tennessee", "Tenn.", "TN"), ("Texas", null, "TX"), ("Utah", null, "UT"),
            ("Vermont", "Vt.", "VT"), ("Virginia", "Va.", "VA"), ("Washington", "Wash.", "WA"), ("West Virginia", "W.Va.", "WV"),
            ("Wisconsin", "Wis.", "WI"), ("Wyoming", "Wyo.", "WY"), ("District of Columbia", "D.C.", "DC"),
        ];
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, ap, postal) in states)
        {
            forms[name] = name;
            forms[postal] = name;
            if (ap is not null)
            {
                forms[ap] = name;
            }
        }

        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
