using System.Text.RegularExpressions;

namespace NewsReader.Entities.Recognition;

/// <summary>
/// Where a text credits a picture rather than reporting: the photographer and agency in brackets closing a caption
/// ("(Jane Roe/AP)", "(Jane Roe/AFP via Getty Images)", "(Reuters: Jane Roe/Pool)"), a "Credit:" or "Photo:" line,
/// "photo from …", and Getty Images anywhere. The names there are not people or organisations of the story. A bracket
/// with a year in it is a dateline ("(APP - UrduPoint / Pakistan Point News - 20th May, 2024)"), not a credit.
/// </summary>
internal static partial class Credits
{
    /// <summary>The character ranges of the text's credits.</summary>
    public static IEnumerable<(int Start, int End)> Spans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Credit().Matches(text))
        {
            // "(APP - UrduPoint / Pakistan Point News - 20th May, 2024)": a dated bracket is a dateline, whose
            // agencies report the story; a picture's credit carries no date.
            if (!Year().IsMatch(match.ValueSpan))
            {
                yield return (match.Index, match.Index + match.Length);
            }
        }
    }

    /// <summary>
    /// A bracketed credit closing a caption (the line ends, or the next sentence starts): capitalised words with a
    /// slash, "via" or an agency's colon between them; a labelled credit to the end of its sentence; a picture "from"
    /// or "by" someone; Getty Images.
    /// </summary>
    [GeneratedRegex(
        @"\((?:[\p{Lu}][^()\n]{0,80}?(?:/|\svia\s)[^()\n]{0,80}|(?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|Anadolu)\s*:\s*[^()\n]{1,80})\)(?=\s*(?:$|[\p{Lu}""“‘']))"
        + @"|\b(?i:photo(?:graph)?s?(?:\s?credit)?|credit|image|picture|illustration)\s*:\s*[^.\n]{1,80}"
        + @"|\b(?i:top\s)?(?i:photo|image|picture|video)s?\s(?i:from|by|courtesy\sof)\s[\p{Lu}][^.\n]{0,80}"
        + @"|\b(?i:getty\simages)\b",
        RegexOptions.CultureInvariant | RegexOptions.Multiline, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex Credit();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2_000)]
    private static partial Regex Year();
}
