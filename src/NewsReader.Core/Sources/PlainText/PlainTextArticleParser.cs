using System.Globalization;
using System.Text.RegularExpressions;
using NewsReader.Articles;

namespace NewsReader.Sources.PlainText;

/// <summary>
/// Reads the plain-text capture of a news page: the headline on the first line, paragraphs separated by blank
/// lines, and page clutter (widgets, related-story blocks) around the story, which never reaches the body.
/// </summary>
public static partial class PlainTextArticleParser
{
    private const int MaxTitleWordsWhenSentence = 20;

    public static Result<ParsedArticle> Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = SplitLines(content, out var publishedAt);
        var titleIndex = lines.FindIndex(line => line.Length > 0 && !PageClutter.IsWidget(line) && !PageClutter.IsDatelineOrMark(line));
        if (titleIndex < 0)
        {
            return Result<ParsedArticle>.Failure("no title: the file has no line of text");
        }

        var title = lines[titleIndex];
        if (title.Length > ArticleLimits.MaxTitleLength
            || (LineShape.EndsSentence(title) && LineShape.WordCount(title) > MaxTitleWordsWhenSentence))
        {
            return Result<ParsedArticle>.Failure("no title: the first line is body text, not a headline");
        }

        var candidates = JoinIntoParagraphs(lines.Skip(titleIndex + 1), title);
        var first = candidates.FindIndex(LineShape.IsProse);
        if (first < 0)
        {
            return Result<ParsedArticle>.Failure("no article body: no paragraph of sentences follows the title");
        }

        var last = candidates.FindLastIndex(LineShape.IsProse);
        var body = candidates[first..(last + 1)].Where(IsBodyText).ToList();
        var clutter = candidates[..first].Concat(candidates[(last + 1)..]).Concat(candidates[first..(last + 1)].Except(body));
        var outlet = clutter.Select(PageClutter.OutletNamedBy).FirstOrDefault(name => name is not null);
        return Result<ParsedArticle>.Success(new ParsedArticle(title, outlet, publishedAt, body, RelatedHeadlines(candidates[(last + 1)..])));
    }

    /// <summary>Lines in the middle of the story that are not sentences are kept only when they are long.</summary>
    private static bool IsBodyText(string paragraph) =>
        LineShape.IsProse(paragraph) || (!PageClutter.IsWidget(paragraph) && LineShape.WordCount(paragraph) >= 10);

    /// <summary>Headline-shaped lines after the story count as related headlines only under a "related" label.</summary>
    private static List<string> RelatedHeadlines(List<string> tail) =>
        tail.Any(PageClutter.IsRelatedLabel)
            ? tail.Where(line => LineShape.IsHeadline(line) && !PageClutter.IsWidget(line)).Distinct(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// Blank lines separate paragraphs (an empty string marks each break). Within a block, a line that stops
    /// mid-sentence and a next line starting in lower case are one hard-wrapped paragraph.
    /// </summary>
    private static List<string> JoinIntoParagraphs(IEnumerable<string> lines, string title)
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

    /// <summary>Normalised lines (blank ones empty), with a leading capture stamp (" date 2024-04-14 ") taken off.</summary>
    private static List<string> SplitLines(string content, out DateTime? publishedAt)
    {
        publishedAt = null;
        var stamp = DateStamp().Match(content);
        if (stamp.Success && DateTime.TryParseExact(stamp.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            publishedAt = date;
            content = content[stamp.Length..];
        }

        return content.ReplaceLineEndings("\n").Split('\n')
            .Select(line => LineShape.IsBlank(line) ? string.Empty : Whitespace().Replace(ZeroWidth().Replace(line, string.Empty), " ").Trim())
            .ToList();
    }

    [GeneratedRegex(@"^\uFEFF?\s*date (?<date>\d{4}-\d{2}-\d{2})[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex DateStamp();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex("[\u200B\u200C\u200D\uFEFF]", RegexOptions.CultureInvariant)]
    private static partial Regex ZeroWidth();
}
