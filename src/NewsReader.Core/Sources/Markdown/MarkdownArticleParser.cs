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
/// Reads a Markdown article (Markdig): front matter gives the title, outlet, publication time, address and author
/// (<see cref="FrontMatter"/>); without a title there, the first top-level heading is the title, else a
/// headline-shaped first paragraph, else a headline derived from the lead (<see cref="LeadHeadline"/>), as for a plain
/// capture. A capture stamp (" date 2024-04-14 ") dates it when the front matter does not. The body keeps its
/// paragraphs, headings, list items, quotes and code blocks, each a paragraph of plain text; links keep their words,
/// images and raw HTML tags are left out, and so are paragraphs of page furniture a saved page brings along (widgets,
/// bylines, captions, notices to the reader: <see cref="CapturedStory.IsPageText"/>), and, as in a plain capture, a
/// paragraph's lines that are not sentences above the first sentence and its short labels below it (a byline without
/// "By", a credit, a section label).
/// </summary>
public static class MarkdownArticleParser
{
    /// <summary>In wrapped text, a line of fewer words that ends no sentence is a line of its own (a byline, a label).</summary>
    private const int ShortLineWords = 8;

    /// <summary>Two lines are too few to tell text wrapped to a width from a headline above a byline.</summary>
    private const int MinWrappedLines = 3;

    /// <summary>Text is wrapped by hand at 72 to 100 characters; no editor wraps wider than this.</summary>
    private const int MaxWrapWidth = 120;

    /// <summary>Each wrapped line but the last fills most of the width: words are not longer than this share of it.</summary>
    private const double MinWrapFill = 0.6;

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
        var pieces = new List<Piece>();
        string? title = front.First("title", "headline");
        foreach (var block in document)
        {
            if (title is null && block is HeadingBlock { Level: 1 } heading)
            {
                title = InlineText(heading.Inline);
                continue;
            }

            AddBlock(block, pieces);
        }

        // A picture's caption within the story is read without its credit, as in a plain capture; so is one above the
        // story's first paragraph (the lead picture's, kept once) when the page gives its headline, and without one it
        // is furniture, so that it never becomes the derived headline.
        var storyStart = pieces.FindIndex(p => LineShape.IsProse(p.Text) && !PageClutter.IsCaption(p.Text));
        var read = new List<Piece>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (storyStart >= 0 && (i > storyStart || title is not null) && PageClutter.IsCaption(piece.Text)
                && PageClutter.CaptionWithoutCredit(piece.Text) is { } caption)
            {
                if (i < storyStart && read.Exists(p => p.Text == caption))
                {
                    continue;
                }

                piece = piece with { Text = caption };
            }

            read.Add(piece);
        }

        pieces = read;

        var openingCaption = PageClutter.OpeningCaption(pieces.ConvertAll(p => p.Text));
        var shownDate = PageDate.Shown(pieces.Take(storyStart < 0 ? 0 : storyStart).Select(p => p.Text));

        // Page furniture a saved page brings along is not the story; neither is the headline repeated.
        // The furniture is kept aside: a byline among it names the writer.
        var furniture = new List<string>();
        pieces.RemoveAll(p =>
        {
            if (!CapturedStory.IsPageText(p.Text))
            {
                furniture.Add(p.Text);
                return true;
            }

            return string.Equals(PageClutter.WithoutGluedTail(p.Text), title, StringComparison.OrdinalIgnoreCase);
        });
        var titleDerived = false;
        if (title is null && pieces.Count > 0)
        {
            // As in a plain capture: a headline-shaped first paragraph is the title, else one is derived from the lead.
            var first = PageClutter.WithoutGluedTail(pieces[0].Text);
            if (!CapturedStory.ReadsAsStoryText(first))
            {
                title = first;
                pieces.RemoveAt(0);
            }
            else
            {
                var texts = pieces.ConvertAll(p => p.Text);
                title = LeadHeadline.From(texts.Where(p => p != openingCaption).ToList()) ?? LeadHeadline.From(texts);
                titleDerived = title is not null;
            }
        }

        // As in a plain capture, a saved page's lines that are not sentences are its bylines, datelines, credits and
        // section names, not text: every such line above the story's first sentence, and labels below it (a heading,
        // list item or quote stays, as do labels of those kinds below the first sentence).
        var firstSentence = pieces.FindIndex(p => LineShape.IsProse(p.Text));
        pieces = pieces.Where((p, i) => !IsPageFurniture(p, i < firstSentence)).ToList();
        var paragraphs = pieces.ConvertAll(p => p.Text);

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
            : stamped ?? shownDate;
        var address = front["url"] is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
        var outlet = front.First("outlet", "site", "publisher", "source") ?? ArticleOrigin.SiteOf(address);
        var byline = front.First("author", "byline", "authors") ?? furniture.Select(PageClutter.BylineName).FirstOrDefault(name => name is not null);
        return Result<ParsedArticle>.Success(new ParsedArticle(title!, outlet, published, paragraphs, [])
        {
            TitleDerived = titleDerived,
            Url = address,
            Byline = byline,
        });
    }

    private static void AddBlock(Block block, List<Piece> pieces, bool topLevel = true)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Add(InlineText(heading.Inline), pieces);
                break;
            case ParagraphBlock paragraph:
                foreach (var part in LinesAsWritten(paragraph.Inline))
                {
                    Add(part, pieces, isLine: topLevel);
                }

                break;
            case CodeBlock code:
                Add(code.Lines.ToString().Trim(), pieces, keepLines: true);
                break;
            case HtmlBlock html:
                foreach (var text in HtmlArticleExtractor.FragmentParagraphs(html.Lines.ToString()))
                {
                    Add(text, pieces);
                }

                break;
            case ContainerBlock container:
                // Lists, list items and quotes: their blocks in order.
                foreach (var child in container)
                {
                    AddBlock(child, pieces, topLevel: false);
                }

                break;
        }
    }

    private static bool IsPageFurniture(Piece piece, bool aboveStory) =>
        aboveStory ? LineShape.IsLabel(piece.Text) || (piece.IsLine && !LineShape.IsProse(piece.Text)) : piece.IsLine && LineShape.IsLabel(piece.Text);

    private static void Add(string text, List<Piece> pieces, bool keepLines = false, bool isLine = false)
    {
        var clean = keepLines ? text : Spacing.Collapse(text);
        if (clean.Length > 0)
        {
            pieces.Add(new Piece(clean, isLine));
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
    /// is a headline, a byline, a caption or a paragraph of its own. A next line that starts in lower case continues
    /// an unfinished line, as in a plain capture; in a block wrapped to a width (<see cref="IsWrapped"/>) so does a
    /// capitalised one after an unfinished line of several words.
    /// </summary>
    private static IEnumerable<string> LinesAsWritten(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text, keepLineBreaks: true);
        var lines = text.ToString().Split('\n').Select(Spacing.Collapse).Where(l => l.Length > 0).ToList();
        var wrapped = IsWrapped(lines);
        string? current = null;
        foreach (var line in lines)
        {
            if (current is not null && !LineShape.EndsSentence(current)
                && (LineShape.StartsLowercase(line) || (wrapped && LineShape.WordCount(current) >= ShortLineWords)))
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
    }

    /// <summary>
    /// Lines wrapped to a width: at least <see cref="MinWrappedLines"/> of them, none longer than
    /// <see cref="MaxWrapWidth"/> characters, and each but the last at least <see cref="MinWrapFill"/> of the longest.
    /// A saved page's lines are as long as what they hold: a headline, a byline, then a paragraph many times longer.
    /// </summary>
    private static bool IsWrapped(List<string> lines)
    {
        if (lines.Count < MinWrappedLines)
        {
            return false;
        }

        var width = lines.Max(l => l.Length);
        return width <= MaxWrapWidth && lines.SkipLast(1).All(l => l.Length >= MinWrapFill * width);
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

    /// <summary>A paragraph of the body as read; <paramref name="IsLine"/> when it is a line of a top-level Markdown paragraph, not of a heading, list item, quote or code.</summary>
    private readonly record struct Piece(string Text, bool IsLine);
}
