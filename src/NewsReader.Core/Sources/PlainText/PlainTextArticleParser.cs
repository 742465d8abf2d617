using System.Text.RegularExpressions;

namespace NewsReader.Sources.PlainText;

/// <summary>
/// Reads the plain-text capture of a news page: the headline on the first line (derived from the lead when the
/// capture starts with the story itself), paragraphs separated by blank lines, and page clutter (widgets, bylines,
/// notices to the reader, related-story blocks) around the story, which never reaches the body.
/// </summary>
public static partial class PlainTextArticleParser
{
    public static Result<ParsedArticle> Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (publishedAt, rest) = CaptureStamp.Split(content);
        var lines = SplitLines(rest);
        var firstIndex = lines.FindIndex(CapturedStory.IsPageText);
        if (firstIndex < 0)
        {
            return Result<ParsedArticle>.Failure("no article body: the file has no line of text");
        }

        // A capture that starts with the story itself has no headline of its own: one is derived from its lead.
        var firstLine = PageClutter.WithoutGluedTail(lines[firstIndex]);
        var titled = !CapturedStory.ReadsAsStoryText(firstLine);
        var candidates = titled ? JoinIntoParagraphs(lines.Skip(firstIndex + 1), firstLine) : JoinIntoParagraphs(lines, null);
        if (titled)
        {
            // A page may show its lead picture above the headline: its caption is the story's, as below the headline.
            candidates.InsertRange(0, CaptionsRightAbove(lines, firstIndex));
        }
        return CapturedStory.Read(candidates, titled ? firstLine : null, outlet: null, publishedAt, above: titled ? lines[..firstIndex] : []);
    }

    /// <summary>The captions on the lines right above line <paramref name="index"/> (blank lines between), in page order.</summary>
    private static List<string> CaptionsRightAbove(List<string> lines, int index)
    {
        var start = index;
        while (start > 0 && (lines[start - 1].Length == 0 || PageClutter.IsCaption(lines[start - 1])))
        {
            start--;
        }

        return lines[start..index].Where(line => line.Length > 0).ToList();
    }

    /// <summary>
    /// Blank lines separate paragraphs (an empty string marks each break). Within a block, a line that stops
    /// mid-sentence and a next line starting in lower case are one hard-wrapped paragraph.
    /// </summary>
    private static List<string> JoinIntoParagraphs(IEnumerable<string> lines, string? title)
    {
        var paragraphs = new List<string>();
        string? current = null;
        foreach (var line in lines)
        {
            if (line.Length == 0 || string.Equals(line, title, StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                continue;
            }

            if (current is not null && !LineShape.EndsSentence(current) && LineShape.StartsLowercase(line)
                && !PageClutter.IsWidget(current))
            {
                current = current + " " + line;
                continue;
            }

            Flush();
            current = line;
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current is not null)
            {
                paragraphs.Add(current);
                current = null;
            }
        }
    }

    /// <summary>Normalised lines, blank ones empty.</summary>
    private static List<string> SplitLines(string content) =>
        content.ReplaceLineEndings("\n").Split('\n')
            .Select(line => LineShape.IsBlank(line) ? string.Empty : Whitespace().Replace(ZeroWidth().Replace(line, string.Empty), " ").Trim())
            .ToList();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex("[\u200B\u200C\u200D\uFEFF]", RegexOptions.CultureInvariant)]
    private static partial Regex ZeroWidth();
}
