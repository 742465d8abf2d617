using System.Globalization;

namespace NewsReader.Search;

/// <summary>
/// A day as a person types it into a search filter: as the pages print it ("3 Apr 2024", "3 April 2024"), as the
/// standard writes it ("2024-04-03"), or month first ("April 3, 2024", "Apr 3 2024"). Only unambiguous forms: never
/// 03/04/2024, which is March in one country and April in another.
/// </summary>
public static class DayInput
{
    /// <summary>How the pages print a day, and how a filter shows the day it read.</summary>
    public const string PrintedFormat = "d MMM yyyy";

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-M-d", PrintedFormat, "d MMMM yyyy", "d MMM, yyyy", "d MMMM, yyyy",
        "MMM d yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMMM d, yyyy",
    ];

    /// <summary>The day typed, or null when there is none (blank) or it is not a day in a form read here.</summary>
    public static bool TryParse(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);
        if (DateOnly.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The day as the pages print it.</summary>
    public static string Print(DateOnly day) => day.ToString(PrintedFormat, CultureInfo.InvariantCulture);
}
