using System.Text;

namespace NewsReader.Text;

/// <summary>
/// Passages of text with words to highlight marked in place, between <see cref="Start"/> and <see cref="End"/>: two
/// private-use characters a page turns into <c>&lt;mark&gt;</c> after HTML-encoding everything else. Search snippets
/// and an entity page's quoted sentences are made so.
/// </summary>
public static class TextMarks
{
    public const char Start = '\uE000';

    public const char End = '\uE001';

    /// <summary>
    /// The text with each of <paramref name="spans"/> (start, end) marked, overlapping spans joined; any mark character
    /// the text itself holds (they are in the Private Use Area, so it may) is shown as U+FFFD, so that only these are marks.
    /// </summary>
    public static string Mark(string text, IEnumerable<(int Start, int End)> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var marked = new StringBuilder(text.Length + 8);
        var at = 0;
        foreach (var (start, end) in spans.Select(s => (Math.Clamp(s.Start, 0, text.Length), Math.Clamp(s.End, 0, text.Length))).Where(s => s.Item2 > s.Item1).OrderBy(s => s.Item1))
        {
            if (end <= at)
            {
                continue;
            }

            var from = Math.Max(start, at);
            AppendUnmarked(marked, text.AsSpan(at, from - at));
            AppendUnmarked(marked.Append(Start), text.AsSpan(from, end - from)).Append(End);
            at = end;
        }

        return AppendUnmarked(marked, text.AsSpan(at)).ToString();
    }

    /// <summary>Appends text with any mark character it holds shown as U+FFFD.</summary>
    public static StringBuilder AppendUnmarked(StringBuilder builder, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var c in text)
        {
            builder.Append(c is Start or End ? '\uFFFD' : c);
        }

        return builder;
    }
}
