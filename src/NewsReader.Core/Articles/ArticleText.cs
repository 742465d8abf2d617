namespace NewsReader.Articles;

/// <summary>The one layout of stored article text: paragraphs separated by a blank line.</summary>
public static class ArticleText
{
    public const string ParagraphSeparator = "\n\n";

    public static string Join(IEnumerable<string> paragraphs) => string.Join(ParagraphSeparator, paragraphs);

    /// <summary>Each paragraph of <paramref name="text"/> with the offset where it starts.</summary>
    public static IEnumerable<(int Start, string Paragraph)> Paragraphs(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf(ParagraphSeparator, start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                yield return (start, text[start..end]);
            }

            start = end + ParagraphSeparator.Length;
        }
    }

    /// <summary>
    /// The text cut into consecutive parts of at most <paramref name="maxLength"/> characters, each ending where a
    /// paragraph does (a paragraph longer than a part is cut after a sentence, else at a space): how a very long
    /// article is shown a part at a time. A text within the length is one part.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Parts(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<(int Start, int End)>();
        var start = 0;
        while (text.Length - start > maxLength)
        {
            var limit = start + maxLength;
            var cut = text.LastIndexOf(ParagraphSeparator, limit - 1, maxLength, StringComparison.Ordinal);
            var next = cut + ParagraphSeparator.Length;
            if (cut <= start)
            {
                cut = text.LastIndexOf(". ", limit - 1, maxLength, StringComparison.Ordinal) is var stop and > 0 && stop > start ? stop + 1
                    : text.LastIndexOf(' ', limit - 1, maxLength) is var space and > 0 && space > start ? space
                    : limit;
                next = cut < text.Length && text[cut] == ' ' ? cut + 1 : cut;
            }

            parts.Add((start, cut));
            start = next;
        }

        parts.Add((start, text.Length));
        return parts;
    }
}
