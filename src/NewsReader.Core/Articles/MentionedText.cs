namespace NewsReader.Articles;

/// <summary>A run of article text: plain, or naming the entity a link should go to.</summary>
public sealed record TextSegment(string Text, int? EntityId);

/// <summary>An article's text cut into paragraphs of segments, ready to render with each mention as a link.</summary>
public static class MentionedText
{
    /// <summary>
    /// Paragraphs of <paramref name="text"/>, each cut at the mentions it holds. Mentions that overlap one already
    /// placed, or fall outside the text, are left as plain text rather than trusted.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TextSegment>> Segment(string text, IEnumerable<(int Start, int End, int EntityId)> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ordered = mentions.Where(m => m.Start >= 0 && m.End <= text.Length && m.Start < m.End).OrderBy(m => m.Start).ToList();
        var paragraphs = new List<IReadOnlyList<TextSegment>>();
        var next = 0;
        foreach (var (start, paragraph) in ArticleText.Paragraphs(text))
        {
            var end = start + paragraph.Length;
            var segments = new List<TextSegment>();
            var cursor = start;
            for (; next < ordered.Count && ordered[next].Start < end; next++)
            {
                var mention = ordered[next];
                if (mention.Start < cursor || mention.End > end)
                {
                    continue;
                }

                if (mention.Start > cursor)
                {
                    segments.Add(new TextSegment(text[cursor..mention.Start], null));
                }

                segments.Add(new TextSegment(text[mention.Start..mention.End], mention.EntityId));
                cursor = mention.End;
            }

            if (cursor < end)
            {
                segments.Add(new TextSegment(text[cursor..end], null));
            }

            paragraphs.Add(segments);
        }

        return paragraphs;
    }
}
