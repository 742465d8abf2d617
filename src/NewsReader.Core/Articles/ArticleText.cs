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
}
