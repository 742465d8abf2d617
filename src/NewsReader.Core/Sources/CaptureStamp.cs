using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsReader.Sources;

/// <summary>
/// The stamp a capture tool puts before a saved page's text (" date 2024-04-14 "): the publication date, never part
/// of the story. Plain-text and Markdown captures carry it alike.
/// </summary>
public static partial class CaptureStamp
{
    /// <summary>The stamped date (UTC midnight) and the text after the stamp; without a stamp, no date and the text as it is.</summary>
    public static (DateTime? Date, string Text) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stamp = Stamp().Match(text);
        return stamp.Success && DateTime.TryParseExact(stamp.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? (date, text[stamp.Length..])
            : (null, text);
    }

    [GeneratedRegex(@"^\uFEFF?\s*date (?<date>\d{4}-\d{2}-\d{2})(?:[ \t]+|\r?\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
