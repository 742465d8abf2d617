using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsReader.Sources.Feeds;

/// <summary>
/// Feed timestamps to UTC: RSS's RFC 822 dates ("Tue, 10 Jun 2003 04:00:00 GMT", "+0200", "EST", two-digit years) and
/// Atom's RFC 3339 ("2003-12-13T18:30:02+01:00"), each source's own offset respected.
/// </summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
    ];

    // "Tue, 10 Jun 2003 04:00:00 +0200": the optional day name, the date and time, the zone.
    [GeneratedRegex(@"^\s*(?:[A-Za-z]{3,9},?\s+)?(?<date>\d{1,2}\s+[A-Za-z]{3,9}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*(?<zone>[+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,4})?\s*$")]
    private static partial Regex Rfc822();

    public static DateTime? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Rfc822().Match(value) is { Success: true } m)
        {
            var zone = m.Groups["zone"].Value;
            var offset = zone.Length == 0 ? "+00:00"
                : zone.Length == 5 && zone[0] is '+' or '-' ? zone[..3] + ":" + zone[3..]
                : zone[0] is '+' or '-' ? zone
                : ZoneOffsets.GetValueOrDefault(zone, "+00:00");
            var date = m.Groups["date"].Value;
            date = date.Length > 3 && MonthName().Match(date) is { Success: true } month && month.Value.Length > 3
                ? date.Replace(month.Value, month.Value[..3], StringComparison.Ordinal)
                : date;
            return DateTimeOffset.TryParseExact(date + " " + offset, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc822)
                ? rfc822.UtcDateTime
                : null;
        }

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) ? iso.UtcDateTime : null;
    }

    [GeneratedRegex("[A-Za-z]{3,9}")]
    private static partial Regex MonthName();
}
