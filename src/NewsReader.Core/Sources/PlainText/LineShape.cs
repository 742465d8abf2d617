using NewsReader.Articles;

namespace NewsReader.Sources.PlainText;

/// <summary>What a line of captured page text looks like: a sentence of the story, a headline, or neither.</summary>
internal static class LineShape
{
    public const int MinSentenceWords = 5;
    public const int LongLineWords = 25;

    /// <summary>A line that ends no sentence and has fewer words than this is a label (a byline, a section name), not text.</summary>
    public const int LabelWords = 10;

    /// <summary>A line of page text that is neither a sentence nor long enough to be more than a label.</summary>
    public static bool IsLabel(string line) => !IsProse(line) && WordCount(line) < LabelWords;

    /// <summary>
    /// A line of story text: it ends a sentence, or it is too long to be a widget or a headline, or it is one of the
    /// key points a report lists in bullets above or within its text.
    /// </summary>
    public static bool IsProse(string line)
    {
        var words = WordCount(line);
        return words >= LongLineWords || (words >= MinSentenceWords && EndsSentence(line)) || IsKeyPoint(line);
    }

    /// <summary>The least words of a bulleted line that reads as a key point of the story rather than a menu entry.</summary>
    public const int KeyPointWords = 8;

    /// <summary>
    /// A bulleted line ("* ", "• ") of several words: a key point of the story ("* He was in Tehran to take part in
    /// the inauguration ..."), written without a closing stop as such lists are. Never a headline.
    /// </summary>
    public static bool IsKeyPoint(string line)
    {
        var trimmed = line.AsSpan().TrimStart();
        return trimmed.Length > 2 && trimmed[0] is '*' or '•' && trimmed[1] == ' ' && WordCount(line) > KeyPointWords;
    }

    /// <summary>The line without the bullet of a key point.</summary>
    public static string WithoutBullet(string line) => IsKeyPoint(line) ? line.TrimStart()[2..].TrimStart() : line;

    /// <summary>A line shaped like another story's headline: a few words, capitalised, no closing full stop.</summary>
    public static bool IsHeadline(string line)
    {
        var words = WordCount(line);
        return words is >= 4 and < LongLineWords
            && line.Length <= ArticleLimits.MaxTitleLength
            && char.IsUpper(line.TrimStart()[0])
            && !EndsSentence(line);
    }

    public static bool EndsSentence(string line)
    {
        var end = line.AsSpan().TrimEnd().TrimEnd("\"'”’»)]");
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…';
    }

    public static bool StartsLowercase(string line)
    {
        var trimmed = line.AsSpan().TrimStart();
        return trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }

    public static int WordCount(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar || (inWord && c is '\'' or '’' or '-');
        }

        return count;
    }

    /// <summary>Blank for a page: whitespace, no-break spaces and zero-width characters only.</summary>
    public static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF'))
            {
                return false;
            }
        }

        return true;
    }
}
