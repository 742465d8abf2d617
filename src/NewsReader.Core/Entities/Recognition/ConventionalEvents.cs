using System.Globalization;
using System.Text.RegularExpressions;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Events named by convention rather than by a place and a happening (<see cref="EventReader"/>): named storms
/// ("Hurricane Dorian", "Typhoon Haiyan"), earthquakes by magnitude ("magnitude 7.4 earthquake", "7.4-magnitude
/// tremor"), eclipses ("total solar eclipse"), court cases ("People of the State of New York v. Donald J.
/// Trump"), tournaments' and games' editions ("Paris 2024 Olympics" is the 2024 Olympics) and finals by name ("NBA
/// Finals", "Super Bowl"). The canonical name makes outlets' forms meet: every tremor, quake and temblor of one magnitude is one
/// "magnitude 7.4 earthquake".
/// </summary>
internal static partial class ConventionalEvents
{
    /// <summary>
    /// The conventional events of <paramref name="text"/>, added to <paramref name="pieces"/>. A storm's name is no
    /// person's or organisation's ("Hurricane Milton": what the tagger read inside it goes), and a storm title inside a
    /// longer organisation's or place's name names no storm ("National Hurricane Center", "Storm Lake City").
    /// </summary>
    public static void Read(string text, List<Token> tokens, List<NamePiece> pieces)
    {
        var events = pieces.Where(p => p.Kind == EntityKind.Event).ToList();
        var found = new List<NamePiece>();
        foreach (var (pattern, canonical) in Patterns)
        {
            // A storm's name, an edition's and a final's are wholly the event's: what the tagger read inside them goes.
            var ownsItsWords = pattern == NamedStorm || pattern == Edition || pattern == Final;
            foreach (Match match in pattern().Matches(text))
            {
                var (start, end) = WithoutSentenceEdges(match);
                if (events.Concat(found).Any(e => e.Start < end && start < e.End) || TokenRange(tokens, start, end) is not var (first, last)
                    || (ownsItsWords && InsideALongerName(pieces, start, end)))
                {
                    continue;
                }

                var surface = text[start..end];
                found.Add(new NamePiece(first, last, start, end, surface, EntityKind.Event, canonical(match, surface)));
                if (ownsItsWords)
                {
                    pieces.RemoveAll(p => p.Kind is not EntityKind.Event && p.Start >= start && p.End <= end);
                }
            }
        }

        pieces.AddRange(found);
    }

    /// <summary>Whether an organisation's or a place's name runs over [start, end) and beyond it ("National Hurricane Center").</summary>
    private static bool InsideALongerName(List<NamePiece> pieces, int start, int end) =>
        pieces.Exists(p => p.Kind is EntityKind.Organization or EntityKind.Place && p.Start < end && start < p.End && (p.Start < start || p.End > end));

    /// <summary>
    /// The match without what belongs to the sentence around it: a leading article ("The People of the State of New
    /// York v. Donald J. Trump" is named without "The") and from the period that ends a sentence on: after a word
    /// longer than an initial and not a dotted acronym ("... v. Donald J. Trump. He" ends at "Trump"; "U.S. v. Google"
    /// stays whole).
    /// </summary>
    private static (int Start, int End) WithoutSentenceEdges(Match match)
    {
        var (start, end) = (match.Index, match.Index + match.Length);
        if (match.Value.StartsWith("The ", StringComparison.Ordinal))
        {
            start += 4;
        }

        var offset = match.Index;
        foreach (var word in match.Value.Split(' '))
        {
            if (word.Length > 2 && word.EndsWith('.') && word.IndexOf('.', StringComparison.Ordinal) == word.Length - 1 && word is not "vs.")
            {
                return (start, offset + word.Length - 1);
            }

            offset += word.Length + 1;
        }

        return (start, end);
    }

    private static readonly (Func<Regex> Pattern, Func<Match, string, string> Canonical)[] Patterns =
    [
        (NamedStorm, (_, surface) => surface),
        (Earthquake, (m, _) => string.Join(' ', new[] { m.Groups["year"].Value, "magnitude", Magnitude(m), "earthquake" }.Where(w => w.Length > 0))),
        (Eclipse, (m, _) => m.Groups["moon"].Success || m.Value.Contains("lunar", StringComparison.OrdinalIgnoreCase) ? "lunar eclipse" : "solar eclipse"),
        (CourtCase, (_, surface) => surface.Replace(" vs. ", " v. ", StringComparison.Ordinal).Replace(" vs ", " v. ", StringComparison.Ordinal)),
        (Edition, (m, _) => $"{m.Groups["year"].Value} {EditionHead(m)}"),
        (Final, (_, surface) => surface),
    ];

    /// <summary>What an edition is of, as outlets share it: the Olympic Games and the Summer Olympics are the Olympics.</summary>
    private static string EditionHead(Match match)
    {
        var head = match.Groups["head"].Value;
        var winter = match.Groups["season"].Value == "Winter" ? "Winter " : "";
        return head.StartsWith("Olympic", StringComparison.Ordinal) ? $"{winter}Olympics"
            : head.StartsWith("Paralympic", StringComparison.Ordinal) ? $"{winter}Paralympics"
            : head;
    }

    private static string Magnitude(Match match) =>
        double.TryParse(match.Groups["magnitude"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("0.0", CultureInfo.InvariantCulture)
            : match.Groups["magnitude"].Value;

    /// <summary>The tokens exactly covering [start, end), or null when the match cuts a token.</summary>
    private static (int First, int Last)? TokenRange(List<Token> tokens, int start, int end)
    {
        var first = tokens.FindIndex(t => t.Start >= start);
        var last = tokens.FindLastIndex(t => t.End <= end);
        return first < 0 || last < first || tokens[first].Start != start || tokens[last].End != end ? null : (first, last + 1);
    }

    [GeneratedRegex(@"\b(?:Super Typhoon|Tropical Storm|Hurricane|Typhoon|Cyclone|Storm)\s\p{Lu}\p{Ll}+\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex NamedStorm();

    [GeneratedRegex(
        @"\b(?:(?<year>(?:19|20)\d\d)\s)?(?:magnitude[-\s](?<magnitude>\d(?:\.\d)?)|(?<magnitude>\d(?:\.\d)?)[-\s]magnitude)\s(?i:earthquake|quake|tremor|temblor)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex Earthquake();

    [GeneratedRegex(@"\b(?i:(?:total|partial|annular)\s)?(?i:solar|lunar)\s(?i:eclipse)\b|\b(?i:total\seclipse\sof\sthe\s(?:sun|(?<moon>moon)))\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex Eclipse();

    /// <summary>
    /// A tournament's or games' edition by its year, with the host city before it when given: "the 2024 Olympics",
    /// "Paris 2024 Olympics", "2026 World Cup", "2023 Tour de France".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?!(?:The|In|At|On|For|By|Since|After|Before|During|Until|From|Of|And|But)\s)\p{Lu}\p{Ll}+\s)?(?<year>(?:19|20)\d\d)\s(?:(?<season>Summer|Winter)\s)?"
        + @"(?<head>Olympics|Olympic Games|Paralympics|Paralympic Games|Games|World Cup|Women's World Cup|Euros?|Copa América|Asian Cup|Africa Cup of Nations|Super Bowl|World Series|Championships|Grand Prix|Tour de France|Giro d'Italia|Vuelta)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex Edition();

    /// <summary>A final or a championship game known by its name: "NBA Finals", "Stanley Cup Final", "Super Bowl", "World Series".</summary>
    [GeneratedRegex(
        @"\b(?:(?!(?:The|In|At|On|For|By|Since|After|Before|During|Until|From|Of|And|But|A|This|That|Its|Their)\s)(?:\p{Lu}[\p{L}]*\s){1,3}Finals?|Super Bowl(?:\s[LXVI]+)?|World Series)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex Final();

    /// <summary>Two parties of capitalised words (with "of", "the") either side of "v." or "vs.".</summary>
    [GeneratedRegex(
        @"\b\p{Lu}[\p{L}.'’-]*(?:\s(?:of|the|\p{Lu}[\p{L}.'’-]*)){0,7}\s(?:v\.|vs\.?)\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,4}",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex CourtCase();
}
