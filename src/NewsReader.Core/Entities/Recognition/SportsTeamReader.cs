using System.Globalization;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// In a sports report a country or city is often a team: "England beat Pakistan by 107 runs", "Romania - Cosmin
/// Contra ( 31st )", "CHICAGO 3 Atlanta 2". Read as places, every cricket and football report would pile onto the
/// country, so a report about England's cricketers and one about England's economy would share an entity. This
/// reader finds the sport of the article from its words and, where a place stands where a team stands (beside a
/// result verb or a score, heading a line-up, alone on a scoreboard line), makes it an organisation named for the
/// place and the sport ("England cricket team"); the other mentions of that place in the same article follow,
/// unless they read as a place or a nationality ("( Australia )" after a player, "in England").
/// </summary>
internal static class SportsTeamReader
{
    /// <summary>Words that say which sport an article is about, and the name its teams take.</summary>
    private static readonly (string Team, string[] Words)[] Sports =
    [
        ("cricket team", ["cricket", "wicket", "wickets", "innings", "overs", "bowled", "batsman", "bowler", "test", "one-day", "toss"]),
        ("football team", ["soccer", "goalkeeper", "striker", "midfield", "midfielder", "halftime", "qualifier", "goals", "penalty", "defender", "friendly"]),
        ("rugby team", ["rugby", "tries", "try", "scrum", "fly-half", "springboks", "conversion", "conversions", "penalties"]),
        ("Fed Cup team", ["fed"]),
        ("Davis Cup team", ["davis"]),
        ("baseball team", ["baseball", "homer", "homered", "pitcher", "inning", "rbi", "bullpen", "shortstop", "outfielder"]),
        ("basketball team", ["basketball", "nba", "rebounds", "euroleague"]),
        ("hockey team", ["hockey", "nhl"]),
    ];

    /// <summary>Sports words with everyday senses ("goals", "penalty", "test", "try").</summary>
    private static readonly HashSet<string> EverydayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "goals", "penalty", "penalties", "friendly", "defender", "qualifier", "test", "toss", "try", "tries", "conversion", "conversions",
    };

    private static readonly HashSet<string> ResultVerbsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "beat", "beats", "drew", "draw", "draws", "won", "win", "wins", "lost", "lose", "loses", "edged", "defeated",
        "thrashed", "crushed", "dominate", "dominated", "scrape", "scraped", "launch", "launched", "snapped", "hopeful",
        "fans", "selectors", "travels", "travel", "host", "hosts", "v", "vs", "v.", "vs.", "players", "team",
        "side", "squad", "captain", "coach", "manager", "bowled", "batted", "scored", "trailed", "led", "rallied",
    };

    private static readonly HashSet<string> ResultWordsBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "beat", "beats", "against", "over", "v", "vs", "v.", "vs.", "versus", "edged", "defeated", "thrashed",
        "crushed", "host", "hosts", "visiting", "face", "faces", "play", "plays", "meet", "meets", "put", "champion",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "across", "throughout", "near", "into", "of",
    };

    public static void Apply(List<Token> tokens, IReadOnlyList<Range> sentences, List<NamePiece> pieces, Gazetteer gazetteer)
    {
        if (SportOf(tokens) is not { } team)
        {
            return;
        }

        var sentenceOf = new int[tokens.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var (offset, length) = sentences[s].GetOffsetAndLength(tokens.Count);
            sentenceOf.AsSpan(offset, length).Fill(s);
        }

        // A place, or a place name the tagger already read as an organisation ("Germany" as a team); not other
        // organisations, which are already apart from the places.
        var places = pieces
            .Where(p => p.Kind is EntityKind.Place || (p.Kind is EntityKind.Organization && gazetteer.Find(p.Surface) is { Kind: EntityKind.Place }))
            .ToList();
        var readsAsTeam = places.Where(p => ReadsAsTeam(tokens, sentences[sentenceOf[p.StartToken]], p, pieces)).ToHashSet();
        var teams = readsAsTeam.Select(p => p.CanonicalName!).ToHashSet(StringComparer.Ordinal);
        foreach (var piece in places.Where(p => readsAsTeam.Contains(p) || (teams.Contains(p.CanonicalName!) && !ReadsAsPlace(tokens, p))))
        {
            piece.CanonicalName = $"{TitleCaseIfShouted(piece.CanonicalName!)} {team}";
            piece.Kind = EntityKind.Organization;
        }
    }

    /// <summary>The team name of the sport the article is about: at least two of its words, and more than any other sport's.</summary>
    private static string? SportOf(List<Token> tokens)
    {
        // A word with everyday senses counts once however often it stands: a report on a war's "goals" and a
        // court's "penalty" is no football report.
        var counts = new int[Sports.Length];
        var everydaySeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in tokens)
        {
            if (EverydayWords.Contains(token.Text) && !everydaySeen.Add(token.Text))
            {
                continue;
            }

            for (var s = 0; s < Sports.Length; s++)
            {
                if (Array.Exists(Sports[s].Words, w => w.Equals(token.Text, StringComparison.OrdinalIgnoreCase)))
                {
                    counts[s]++;
                }
            }
        }

        var best = Array.IndexOf(counts, counts.Max());
        return counts[best] >= 2 && counts.Count(c => c == counts[best]) == 1 ? Sports[best].Team : null;
    }

    private static bool ReadsAsTeam(List<Token> tokens, Range sentence, NamePiece piece, List<NamePiece> pieces)
    {
        var (first, length) = sentence.GetOffsetAndLength(tokens.Count);
        var last = first + length;
        if (InParentheses(tokens, piece) || IsDateline(tokens, piece))
        {
            return false;
        }

        var before = piece.StartToken > first ? tokens[piece.StartToken - 1].Text : null;
        var after = piece.EndToken < last ? tokens[piece.EndToken].Text : null;
        var afterNext = piece.EndToken + 1 < last ? tokens[piece.EndToken + 1].Text : null;
        return (after is not null && ResultVerbsAfter.Contains(after))
            || (before is not null && ResultWordsBefore.Contains(before))
            || (before is not null && IsScore(before) && piece.StartToken - 1 > first)
            || (after is not null && IsScore(after))
            || (after is not null && tokens[piece.EndToken].IsPossessive && afterNext is not null && char.IsLower(afterNext[0]))
            || (before is not null && before.Equals("with", StringComparison.OrdinalIgnoreCase) && AfterResult(tokens, piece.StartToken - 1, first))
            || (after is not null && after.Equals("and", StringComparison.OrdinalIgnoreCase) && BeforeResult(tokens, pieces, piece.EndToken + 1, last))
            || (piece.StartToken == first && piece.EndToken == last)
            || (piece.StartToken == first && after is "-" or ":" && pieces.Any(p => p.Kind == EntityKind.Person && p.StartToken > piece.EndToken && p.EndToken <= last))
            || IsFixtureLine(tokens, piece, first, last, pieces);
    }

    /// <summary>"drew with", "DRAW 2-2 WITH": the word before <paramref name="index"/> is a draw, a score between allowed.</summary>
    private static bool AfterResult(List<Token> tokens, int index, int first)
    {
        var at = index - 1;
        if (at > first && IsScore(tokens[at].Text))
        {
            at--;
        }

        return at >= first && tokens[at].Text.ToUpperInvariant() is "DREW" or "DRAW" or "DRAWS" or "TIED";
    }

    /// <summary>"Armenia and Portugal drew": the name starting at <paramref name="index"/> is followed by a result verb.</summary>
    private static bool BeforeResult(List<Token> tokens, List<NamePiece> pieces, int index, int last) =>
        pieces.FirstOrDefault(p => p.StartToken == index) is { } next && next.EndToken < last && ResultVerbsAfter.Contains(tokens[next.EndToken].Text);

    /// <summary>"NEW YORK AT CALIFORNIA", "Czech Republic at Germany": a line that is two places either side of "at".</summary>
    private static bool IsFixtureLine(List<Token> tokens, NamePiece piece, int first, int last, List<NamePiece> pieces)
    {
        var inLine = pieces.Where(p => p.StartToken >= first && p.EndToken <= last).ToList();
        return inLine.Count == 2 && inLine[0].StartToken == first && inLine[1].EndToken == last
            && inLine[1].StartToken == inLine[0].EndToken + 1
            && tokens[inLine[0].EndToken].Text.Equals("at", StringComparison.OrdinalIgnoreCase)
            && inLine.Contains(piece);
    }

    private static bool ReadsAsPlace(List<Token> tokens, NamePiece piece) =>
        InParentheses(tokens, piece) || IsDateline(tokens, piece)
        || (piece.StartToken > 0 && PlacePrepositions.Contains(tokens[piece.StartToken - 1].Text));

    private static bool InParentheses(List<Token> tokens, NamePiece piece) =>
        piece.StartToken > 0 && tokens[piece.StartToken - 1].Text == "(" && piece.EndToken < tokens.Count && tokens[piece.EndToken].Text == ")";

    /// <summary>"LONDON 1996-08-30", "WIGAN , England 1996-08-31": the place and date a wire story is filed from.</summary>
    private static bool IsDateline(List<Token> tokens, NamePiece piece)
    {
        var next = piece.EndToken;
        while (next + 1 < tokens.Count && tokens[next].Text == "," && tokens[next + 1].IsCapitalized)
        {
            next += 2;
        }

        return next < tokens.Count && tokens[next].Text.Length == 10 && tokens[next].Text[4] == '-' && char.IsDigit(tokens[next].Text[0]);
    }

    /// <summary>"TORONTO" from a results line is named Toronto.</summary>
    private static string TitleCaseIfShouted(string name) =>
        name.Any(char.IsLower) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

    /// <summary>A score or a tally: "3", "2-1", "228-9"; not a year.</summary>
    private static bool IsScore(string word) =>
        word.Length is > 0 and <= 7 && word.All(c => char.IsDigit(c) || c == '-') && char.IsDigit(word[0])
        && !(word.Length == 4 && word.All(char.IsDigit));
}
