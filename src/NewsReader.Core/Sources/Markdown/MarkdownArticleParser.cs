using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsReader.Articles;
using NewsReader.Sources.Html;
using NewsReader.Sources.PlainText;

namespace NewsReader.Sources.Markdown;

/// <summary>
/// Reads a Markdown article (Markdig): front matter gives the title, outlet and publication time
/// (<see cref="FrontMatter"/>); without a title there, the first top-level heading is the title, else a
/// headline-shaped first paragraph, else a headline derived from the lead (<see cref="LeadHeadline"/>), as for a plain
/// capture. A capture stamp (" date 2024-04-14 ") dates it when the front matter does not. The body keeps its
/// paragraphs, headings, list items, quotes and code blocks, each a paragraph of plain text; links keep their words,
/// images and raw HTML tags are left out, and so are paragraphs of page furniture a saved page brings along (widgets,
/// bylines, captions, notices to the reader: <see cref="CapturedStory.IsPageText"/>), and short lines above the first
/// sentence (a byline without "By", a section label).
/// </summary>
public static class MarkdownArticleParser
{
    /// <summary>A line of fewer words that ends no sentence is a line of its own (a byline, a label), not wrapped text.</summary>
    private const int ShortLineWords = 8;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static Result<ParsedArticle> Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (front, text) = FrontMatter.Split(content);
        var (stamped, body) = CaptureStamp.Split(text);
        if (MarkdownNesting.DepthOf(body) is var depth and > MarkdownNesting.MaxDepth)
        {
            return Result<ParsedArticle>.Failure(
                string.Create(CultureInfo.InvariantCulture, $"not an article: Markdown nested {depth} levels deep (an article nests a few; the limit is {MarkdownNesting.MaxDepth})"));
        }

        var document = Markdig.Markdown.Parse(body, Pipeline);
        var paragraphs = new List<string>();
        string? title = front.First("title", "headline");
        foreach (var block in document)
        {
            if (title is null && block is HeadingBlock { Level: 1 } heading)
            {
                title = InlineText(heading.Inline);
                continue;
            }

            AddBlock(block, paragraphs);
        }

        // Page furniture a saved page brings along is not the story; neither is the headline repeated.
        paragraphs.RemoveAll(p => !CapturedStory.IsPageText(p) || string.Equals(p, title, StringComparison.OrdinalIgnoreCase));
        var titleDerived = false;
        if (title is null && paragraphs.Count > 0)
        {
            // As in a plain capture: a headline-shaped first paragraph is the title, else one is derived from the lead.
            var first = PageClutter.WithoutGluedTail(paragraphs[0]);
            if (!CapturedStory.ReadsAsStoryText(first))
            {
                title = first;
                paragraphs.RemoveAt(0);
            }
            else
            {
                title = LeadHeadline.From(paragraphs);
                titleDerived = title is not null;
            }
        }

        // Labels above the story's first sentence are a saved page's bylines, datelines and section names, not text.
        var firstSentence = paragraphs.FindIndex(LineShape.IsProse);
        for (var i = firstSentence - 1; i >= 0; i--)
        {
            if (LineShape.IsLabel(paragraphs[i]))
            {
                paragraphs.RemoveAt(i);
            }
        }

        if (ArticleLimits.TitleProblem(title) is { } problem)
        {
            return Result<ParsedArticle>.Failure(string.IsNullOrWhiteSpace(title) ? "no title: give one in front matter (title: ...) or as a '# ' heading" : problem);
        }

        if (paragraphs.Count == 0)
        {
            return Result<ParsedArticle>.Failure("no article body: nothing follows the title");
        }

        var published = front.First("published", "date", "published_at") is { } date
            && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.UtcDateTime
            : stamped;
        var outlet = front.First("outlet", "site", "publisher", "source")
            ?? (front["url"] is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? HtmlArticleReader.HostName(uri) : null);
        return Result<ParsedArticle>.Success(new ParsedArticle(title!, outlet, published, paragraphs, []) { TitleDerived = titleDerived });
    }

    private static void AddBlock(Block block, List<string> paragraphs)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Add(InlineText(heading.Inline), paragraphs);
                break;
            case ParagraphBlock paragraph:
                foreach (var part in LinesAsWritten(paragraph.Inline))
                {
                    Add(part, paragraphs);
                }

                break;
            case CodeBlock code:
                Add(code.Lines.ToString().Trim(), paragraphs, keepLines: true);
                break;
            case HtmlBlock html:
                foreach (var text in HtmlArticleExtractor.FragmentParagraphs(html.Lines.ToString()))
                {
                    Add(text, paragraphs);
                }

                break;
            case ContainerBlock container:
                // Lists, list items and quotes: their blocks in order.
                foreach (var child in container)
                {
                    AddBlock(child, paragraphs);
                }

                break;
        }
    }

    private static void Add(string text, List<string> paragraphs, bool keepLines = false)
    {
        var clean = keepLines ? text : Spacing.Collapse(text);
        if (clean.Length > 0)
        {
            paragraphs.Add(clean);
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return Spacing.Collapse(text.ToString());
    }

    /// <summary>
    /// A paragraph's lines as a page capture means them: Markdown joins the lines of a paragraph, which is right for
    /// text wrapped by hand ("… after the storm hit,\nofficials said.") and wrong for a saved page, where each line
    /// is a headline, a byline or a paragraph of its own. A line break stays a break where the line before is
    /// finished (it ends a sentence) or short, and the next line starts in capitals.
    /// </summary>
    private static IEnumerable<string> LinesAsWritten(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text, keepLineBreaks: true);
        string? current = null;
        foreach (var line in text.ToString().Split('\n').Select(Spacing.Collapse).Where(l => l.Length > 0))
        {
            if (current is not null && !(EndsLine(current) && StartsLine(line)))
            {
                current += " " + line;
                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = line;
        }

        if (current is not null)
        {
            yield return current;
        }

        static bool EndsLine(string line) => LineShape.EndsSentence(line) || LineShape.WordCount(line) < ShortLineWords;

        static bool StartsLine(string line) => !LineShape.StartsLowercase(line);
    }

    private static void Append(Inline? inline, StringBuilder text, bool keepLineBreaks = false)
    {
        switch (inline)
        {
            case null:
                return;
            case LinkInline { IsImage: true }:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                return;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                return;
            case LineBreakInline:
                text.Append(keepLineBreaks ? '\n' : ' ');
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text, keepLineBreaks);
                }

                return;
        }
    }
}
