using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsReader.Sources.Feeds;

/// <summary>
/// Feed timestamps to UTC: RSS's RFC 822 dates ("Tue, 10 Jun 2003 04:00:00 GMT", "+0200", "EST", two-digit years) and
/// Atom's RFC 3339 ("2003-12-13T18:30:02+01:00"), each source's own offset respected, read as leniently as feed
/// readers read them: one-digit fields ("12:35:8"), a date without a time, an offset past what a clock allows
/// ("+3000", applied as written).
/// </summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300,
        ["MST"] = -420, ["MDT"] = -360, ["PST"] = -480, ["PDT"] = -420,
    };

    private static readonly string[] Rfc822Formats = ["d MMM yyyy H:m:s", "d MMM yyyy H:m", "d MMM yy H:m:s", "d MMM yy H:m"];

    // "Tue, 10 Jun 2003 04:00:00 +0200": the optional day name, the date and time, the zone.
    [GeneratedRegex(@"^\s*(?:[A-Za-z]{3,9},?\s+)?(?<date>\d{1,2}\s+[A-Za-z]{3,9}\s+\d{2,4}\s+\d{1,2}:\d{1,2}(?::\d{1,2})?)\s*(?<zone>[+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,4})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();

    // "2003-12-13T18:30:02.25+01:00", "2006-01-17T12:35:8+01:00", "2003-12-13": fields of any width, an optional time.
    [GeneratedRegex(@"^\s*(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?:[Tt ]+(?<hour>\d{1,2}):(?<minute>\d{1,2})(?::(?<second>\d{1,2})(?:[.,]\d+)?)?)?\s*(?<zone>[Zz]|[+-]\d{2}:?\d{2}|[A-Za-z]{2,4})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso8601();

    public static DateTime? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Rfc822().Match(value) is { Success: true } rfc)
        {
            var date = rfc.Groups["date"].Value;
            date = MonthName().Match(date) is { Success: true, Length: > 3 } month ? date.Replace(month.Value, month.Value[..3], StringComparison.Ordinal) : date;
            return DateTime.TryParseExact(date, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
                ? ToUtc(local, rfc.Groups["zone"].Value)
                : null;
        }

        if (Iso8601().Match(value) is { Success: true } iso)
        {
            int Field(string name) => iso.Groups[name].Success ? int.Parse(iso.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
            var (year, month, day, hour, minute, second) = (Field("year"), Field("month"), Field("day"), Field("hour"), Field("minute"), Field("second"));
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && hour < 24 && minute < 60 && second < 61
                ? ToUtc(new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified), iso.Groups["zone"].Value)
                : null;
        }

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var other) ? other.UtcDateTime : null;
    }

    /// <summary>A local time at a zone ("+0200", "+02:00", "EST", none for UTC) as UTC; an unknown zone name counts as UTC; null past the calendar's ends.</summary>
    private static DateTime? ToUtc(DateTime local, string zone)
    {
        var minutes = zone.Length == 0 ? 0
            : zone[0] is '+' or '-' ? (zone[0] == '-' ? -1 : 1) * ((int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture) * 60) + int.Parse(zone.AsSpan(zone.Length - 2, 2), CultureInfo.InvariantCulture))
            : ZoneMinutes.GetValueOrDefault(zone, 0);
        return (local - DateTime.MinValue).TotalMinutes >= minutes && (DateTime.MaxValue - local).TotalMinutes >= -minutes
            ? DateTime.SpecifyKind(local.AddMinutes(-minutes), DateTimeKind.Utc)
            : null;
    }

    [GeneratedRegex("[A-Za-z]{3,9}", RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();
}
