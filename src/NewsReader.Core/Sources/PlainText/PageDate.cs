using System.Globalization;
using System.Text.RegularExpressions;
using NewsReader.Text;

namespace NewsReader.Sources.PlainText;

/// <summary>
/// The date a captured page shows above its story, as news pages put it by the headline or the byline: a short line
/// that dates the page ("March 27, 2024", "Updated Apr 13, 2024 - World", "Wednesday, March 27, 2024", "3 Apr 2024",
/// "12:05 pm on 3 April 2024", "3/18/2024", "2024-03-27") or a byline that carries the date ("By Jane Roe Mar 25,
/// 2024 | 1:56 PM"). It is the article's publication date when the capture gives no other (a capture stamp, front
/// matter). Only short lines count: a date in a caption or a sentence above the story is what it reports, not when it
/// was published. A numeric date is read only when its order is plain (3/18/2024, 18/3/2024; never 4/3/2024).
/// </summary>
public static partial class PageDate
{
    /// <summary>A line of more words than this is text, not a date line or a byline.</summary>
    public const int MaxWords = 12;

    /// <summary>The first date shown in <paramref name="linesAboveStory"/> (page order), at UTC midnight, or null.</summary>
    public static DateTime? Shown(IEnumerable<string> linesAboveStory)
    {
        ArgumentNullException.ThrowIfNull(linesAboveStory);
        foreach (var line in linesAboveStory)
        {
            if (LineShape.WordCount(line) <= MaxWords && !FullStop.Ends(line.Trim()) && DateIn(line) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The first date written in <paramref name="line"/>, or null.</summary>
    public static DateTime? DateIn(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (Named().Match(line) is { Success: true } named
            && DateTime.TryParseExact($"{named.Groups["year"].Value} {named.Groups["month"].Value[..3]} {named.Groups["day"].Value}", "yyyy MMM d",
                CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var fromNames))
        {
            return fromNames;
        }

        if (Iso().Match(line) is { Success: true } iso
            && DateTime.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var fromIso))
        {
            return fromIso;
        }

        if (Numeric().Match(line) is { Success: true } numeric)
        {
            var (first, second) = (int.Parse(numeric.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["b"].Value, CultureInfo.InvariantCulture));
            var year = int.Parse(numeric.Groups["year"].Value, CultureInfo.InvariantCulture);
            var (month, day) = first <= 12 && second > 12 ? (first, second) : first > 12 && second <= 12 ? (second, first) : (0, 0);
            if (month > 0 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);
            }
        }

        return null;
    }

    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(
        @"\b(?:" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?)\s+(?<year>(?:19|20)\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: PageClutter.MatchTimeoutMilliseconds)]
    private static partial Regex Named();

    [GeneratedRegex(@"\b(?:19|20)\d{2}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PageClutter.MatchTimeoutMilliseconds)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<a>\d{1,2})/(?<b>\d{1,2})/(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: PageClutter.MatchTimeoutMilliseconds)]
    private static partial Regex Numeric();
}
