using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsReader.Articles;
using NewsReader.Sources.Html;

namespace NewsReader.Sources.Markdown;

/// <summary>
/// Reads a Markdown article (Markdig): front matter gives the title, outlet and publication time
/// (<see cref="FrontMatter"/>); without a title there, the first top-level heading is the title. The body keeps its
/// paragraphs, headings, list items, quotes and code blocks, each a paragraph of plain text; links keep their words,
/// images and raw HTML tags are left out.
/// </summary>
public static class MarkdownArticleParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static Result<ParsedArticle> Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (front, body) = FrontMatter.Split(content);
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
            : (DateTime?)null;
        var outlet = front.First("outlet", "site", "publisher", "source")
            ?? (front["url"] is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? HtmlArticleReader.HostName(uri) : null);
        return Result<ParsedArticle>.Success(new ParsedArticle(title!, outlet, published, paragraphs, []));
    }

    private static void AddBlock(Block block, List<string> paragraphs)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Add(InlineText(heading.Inline), paragraphs);
                break;
            case ParagraphBlock paragraph:
                Add(InlineText(paragraph.Inline), paragraphs);
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

    private static void Append(Inline? inline, StringBuilder text)
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
                text.Append(' ');
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                return;
        }
    }
}
