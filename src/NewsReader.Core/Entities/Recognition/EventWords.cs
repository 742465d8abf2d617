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
        "crash", "ceasefire", "summit", "war", "conflict", "massacre", "revolution", "uprising", "coup",
        "convention", "referendum",
    };


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


    public static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ground", "military", "air", "missile", "drone", "rocket", "deadly", "retaliatory", "planned", "full-scale",
        "presidential", "parliamentary", "general", "terror", "terrorist", "helicopter", "airborne", "naval",
        "artillery", "suicide", "militant", "rebel", "insurgent", "Zionist", "swearing-in", "inauguration", "state",
        "memorial", "chemical", "nuclear",
    };

    /// <summary>
    /// Heads that name one kind of happening, so that outlets' words for it meet: an attack, an assault, a strike,
    /// an airstrike, a raid are one attack; a war and a conflict one war; a swearing-in and an inauguration one
    /// inauguration.
    /// </summary>
    public static string HeadClass(string head) => head.ToLowerInvariant() switch
    {
        "attack" or "attacks" or "assault" or "strike" or "strikes" or "airstrike" or "airstrikes" or "raid" or "bombing" => "attack",
        "war" or "conflict" => "war",
        "election" or "elections" => "election",
        "swearing-in" or "inauguration" => "inauguration",
        var other => other,
    };

    /// <summary>
    /// What two outlets' names for one event share, in normal form: the anchor, the date without its year, and the
    /// kind of happening, modifiers left out. "Israel drone and missile attack", "Israel airborne attack" and "Israel
    /// attacks" all give "israel attack"; "November 5, 2024 presidential election" and "November 5 election" give
    /// "november 5 election"; "Masoud Pezeshkian swearing-in ceremony" gives "masoud pezeshkian inauguration".
    /// </summary>
    public static string LinkingKey(string normalizedName)
    {
        ArgumentNullException.ThrowIfNull(normalizedName);
        var words = normalizedName.Replace(",", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count < 2)
        {
            return normalizedName;
        }

        var dated = words.Any(Months.Contains);
        var happening = words[^1] == "ceremony" && words.Any(w => w is "swearing-in" or "inauguration") ? "inauguration" : HeadClass(words[^1]);
        var kept = words.Take(words.Count - 1)
            .Where(w => !Modifiers.Contains(w) && w != "and" && !(dated && w.Length == 4 && w.All(char.IsDigit)));
        return string.Join(' ', kept.Append(happening));
    }
}
