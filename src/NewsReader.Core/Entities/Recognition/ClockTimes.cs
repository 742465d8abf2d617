using System.Text.RegularExpressions;
using NewsReader.Nlp.Tokenization;

namespace NewsReader.Entities.Recognition;

/// <summary>Time zones written after a clock time ("3:45 p.m. EDT", "(12:15 p.m. EDT)"), which the tagger may read as organisations.</summary>
internal static partial class ClockTimes
{
    /// <summary>How far before a time zone its clock time is looked for.</summary>
    private const int ClockTimeLength = 20;

    /// <summary>Whether the token is a time-zone abbreviation right after a clock time.</summary>
    public static bool IsZoneAfterClockTime(string text, Token token) =>
        TimeZones.Contains(token.Text)
        && ClockTimeBefore().IsMatch(text.AsSpan(Math.Max(0, token.Start - ClockTimeLength), Math.Min(ClockTimeLength, token.Start)));

    /// <summary>A clock time ending the text: "3:45 p.m. ", "(11:10 a.m. ", "15:30 ", "after5 pm ".</summary>
    [GeneratedRegex(@"(?<!\d)(?:\d{1,2}:\d{2}(?:\s?(?:[ap]\.m\.|[ap]m|[AP]M))?|\d{1,2}\s?(?:[ap]\.m\.|[ap]m|[AP]M))\s+\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex ClockTimeBefore();

    /// <summary>Time-zone abbreviations written after a clock time.</summary>
    private static readonly HashSet<string> TimeZones = new(StringComparer.Ordinal)
    {
        "UTC", "GMT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "JST", "KST", "HKT", "SGT",
        "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT",
        "PT", "PST", "PDT", "AKST", "AKDT", "HST", "AST", "ADT", "NST", "NDT",
    };
}
