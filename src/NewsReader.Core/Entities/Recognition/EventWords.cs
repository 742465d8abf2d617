namespace NewsReader.Entities.Recognition;

/// <summary>
/// The words events are made of, shared by the reader that finds events and the linker that joins them across
/// articles: heads (the happening), the modifiers before them, and the months of dates.
/// </summary>
internal static class EventWords
{
    public static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "offensive", "incursion", "invasion", "operation", "attack", "attacks", "strike", "strikes", "airstrike",
        "airstrikes", "assault", "bombing", "shooting", "earthquake", "election", "elections", "resolution", "raid",
        "crash", "summit", "war", "conflict", "massacre", "revolution", "uprising", "coup", "convention", "referendum",
        "onslaught", "bombardment",
    };

    /// <summary>
    /// Plural heads name a series of happenings ("airstrikes in Syria", "elections in Israel"), not one event: only a
    /// date makes them one ("the September 11 attacks").
    /// </summary>
    public static readonly HashSet<string> Series = new(StringComparer.OrdinalIgnoreCase) { "attacks", "strikes", "airstrikes", "elections" };

    /// <summary>The heads that name one happening when a place, an organisation or a person anchors them.</summary>
    public static readonly HashSet<string> SingleHeads = new(Heads.Where(h => !Series.Contains(h)), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What a resolution demands, by which it is named ("UN resolution demanding a ceasefire" is the UN ceasefire
    /// resolution). A ceasefire is not itself a happening: it is asked for, agreed, held or broken.
    /// </summary>
    public static readonly HashSet<string> Demands = new(StringComparer.OrdinalIgnoreCase) { "ceasefire", "cease-fire", "truce", "withdrawal" };


    /// <summary>Happenings that a person, rather than a place, anchors: "Masoud Pezeshkian's swearing-in ceremony".</summary>
    public static readonly HashSet<string> PersonHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ceremony", "inauguration", "funeral", "assassination", "trial", "impeachment",
    };


    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
    };


    /// <summary>Months as abbreviated in news, in normal form (no period), to the full name.</summary>
    private static readonly Dictionary<string, string> MonthAbbreviations = new(StringComparer.Ordinal)
    {
        ["jan"] = "january", ["feb"] = "february", ["mar"] = "march", ["apr"] = "april", ["aug"] = "august",
        ["sep"] = "september", ["sept"] = "september", ["oct"] = "october", ["nov"] = "november", ["dec"] = "december",
    };

    /// <summary>
    /// Words before a head that say what kind of happening it is: "drone and missile attack", "ground offensive". A
    /// word for its status (planned, proposed, threatened) is not one: "planned assault on Rafah" names the "assault
    /// on Rafah".
    /// </summary>
    public static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ground", "military", "air", "missile", "drone", "rocket", "deadly", "retaliatory", "full-scale",
        "presidential", "parliamentary", "general", "terror", "terrorist", "helicopter", "airborne", "naval",
        "artillery", "suicide", "militant", "rebel", "insurgent", "surprise", "Zionist", "swearing-in", "inauguration", "state",
        "memorial", "chemical", "nuclear", "shooting", "bombing",
    };

    /// <summary>
    /// Heads that name one kind of happening, so that outlets' words for it meet: an attack, an assault, a strike,
    /// an airstrike, a raid are one attack; an offensive, an incursion, an invasion, an operation one offensive; a
    /// war and a conflict one war; a swearing-in and an inauguration one inauguration.
    /// </summary>
    public static string HeadClass(string head) => head.ToLowerInvariant() switch
    {
        "attack" or "attacks" or "assault" or "strike" or "strikes" or "airstrike" or "airstrikes" or "raid" or "bombing" or "onslaught" or "bombardment" => "attack",
        "offensive" or "incursion" or "invasion" or "operation" or "operations" => "offensive",
        "war" or "conflict" => "war",
        "election" or "elections" => "election",
        "swearing-in" or "inauguration" => "inauguration",
        var other => other,
    };

    /// <summary>
    /// What two outlets' names for one event share, in normal form: the anchor, the date without its year, and the
    /// kind of happening, modifiers left out. "Israel drone and missile attack", "Israel airborne attack" and "Israel
    /// attacks" all give "israel attack"; "November 5, 2024 presidential election" and "November 5 election" give
    /// "november 5 election"; "Masoud Pezeshkian swearing-in ceremony" gives "masoud pezeshkian inauguration". A
    /// month is written out ("Oct. 7 attack" is the "October 7 attack") and a middle initial left out ("v. Donald J.
    /// Trump" is "v. Donald Trump").
    /// </summary>
    public static string LinkingKey(string normalizedName)
    {
        ArgumentNullException.ThrowIfNull(normalizedName);
        var words = normalizedName.Replace(",", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count < 2)
        {
            return normalizedName;
        }

        words = words.Where(w => w.Length > 1 || !char.IsLetter(w[0]) || w == "v").Select(w => MonthAbbreviations.GetValueOrDefault(w, w)).ToList();
        var dated = words.Any(Months.Contains);
        var happening = words[^1] == "ceremony" && words.Any(w => w is "swearing-in" or "inauguration") ? "inauguration" : HeadClass(words[^1]);
        var kept = words.Take(words.Count - 1)
            .Where(w => !Modifiers.Contains(w) && w != "and" && !(dated && w.Length == 4 && w.All(char.IsDigit)));
        return string.Join(' ', kept.Append(happening));
    }
}
