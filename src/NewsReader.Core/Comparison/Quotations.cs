namespace NewsReader.Comparison;

/// <summary>
/// Where an article quotes someone: text between a matching pair of quotation marks within one paragraph. Curly marks
/// pair as written (“ opens, ” closes); a straight mark opens where a word starts after it (at the start, after a space
/// or an opening bracket or dash) and closes where a word ends before it. A mark that cannot be paired that way (an
/// unclosed quotation, a paragraph's stray mark, inches) pairs with nothing, so the narration between two quotations is
/// never taken for one.
/// </summary>
public static class Quotations
{
    public const int MinLength = 12;

    public const int MaxLength = 600;

    /// <summary>The quoted spans of <paramref name="text"/> (marks excluded), in order.</summary>
    public static IEnumerable<(int Start, int End)> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            var paragraphEnd = text.IndexOf("\n\n", paragraphStart, StringComparison.Ordinal);
            if (paragraphEnd < 0)
            {
                paragraphEnd = text.Length;
            }

            foreach (var span in InParagraph(text, paragraphStart, paragraphEnd))
            {
                yield return span;
            }

            paragraphStart = paragraphEnd + 2;
        }
    }

    private static IEnumerable<(int Start, int End)> InParagraph(string text, int start, int end)
    {
        int? open = null;
        var openCurly = false;
        for (var i = start; i < end; i++)
        {
            var mark = text[i];
            if (mark is not ('“' or '”' or '"'))
            {
                continue;
            }

            var opens = mark == '“' || (mark == '"' && OpensStraight(text, i, start, end));
            var closes = mark == '”' || (mark == '"' && ClosesStraight(text, i, start, end));
            if (open is int from && closes && (openCurly ? mark == '”' : mark == '"'))
            {
                open = null;
                if (i - from - 1 is >= MinLength and <= MaxLength)
                {
                    yield return (from + 1, i);
                }

                continue;
            }

            // An opening mark while a quotation is open, or a mark of the other kind, starts afresh: the earlier one
            // was never closed, and what follows it is not known to be quoted.
            (open, openCurly) = opens ? ((int?)i, mark == '“') : (null, false);
        }
    }

    private static bool OpensStraight(string text, int at, int start, int end) =>
        at + 1 < end && !char.IsWhiteSpace(text[at + 1])
        && (at == start || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or '—' or '–' or '-' or ':');

    private static bool ClosesStraight(string text, int at, int start, int end) =>
        at > start && !char.IsWhiteSpace(text[at - 1])
        && (at + 1 == end || char.IsWhiteSpace(text[at + 1]) || char.IsPunctuation(text[at + 1]));
}
