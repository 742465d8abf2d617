using System.Text;
using NewsReader.Sources.Html.Markup;

namespace NewsReader.Sources.Html;

/// <summary>
/// How HTML lays text out, as far as reading its text needs (the rendering section of the standard): which elements
/// are blocks that end a run of text, which are phrasing that runs on with the text around it, and a line break
/// between the words either side of a &lt;br&gt;. An element HTML does not define (a site's own
/// &lt;story-block&gt;) is a block when it holds blocks, as its contents then are.
/// </summary>
internal static class HtmlLayout
{
    private static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li",
        "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary", "table", "ul", "xmp",
        "caption", "tbody", "thead", "tfoot", "tr", "td", "th",
    };

    private static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "a", "abbr", "area", "audio", "b", "bdi", "bdo", "br", "button", "canvas", "cite", "code", "data", "del", "dfn", "em",
        "embed", "font", "i", "iframe", "img", "input", "ins", "kbd", "label", "map", "mark", "math", "meter", "object",
        "output", "picture", "progress", "q", "rp", "rt", "ruby", "s", "samp", "select", "slot", "small", "source", "span",
        "strike", "strong", "sub", "sup", "svg", "textarea", "time", "track", "tt", "u", "var", "video", "wbr", "nobr",
    };

    /// <summary>Whether the element is laid out as a block: one HTML renders so, or one HTML does not define that holds blocks.</summary>
    public static bool IsBlock(MarkupNode element) =>
        BlockLevel.Contains(element.Name)
        || (!Phrasing.Contains(element.Name) && element.Descendants().Any(d => BlockLevel.Contains(d.Name)));

    /// <summary>Whether any child of the element is one HTML renders as a block.</summary>
    public static bool HoldsBlocks(MarkupNode element) => element.AnyChild(c => BlockLevel.Contains(c.Name));

    /// <summary>The text of a node as rendered inline: a line break between the words either side of a &lt;br&gt;.</summary>
    public static void AppendRendered(MarkupNode node, StringBuilder text)
    {
        if (!node.IsElement)
        {
            text.Append(node.Text);
            return;
        }

        foreach (var inner in node.DescendantNodes())
        {
            if (!inner.IsElement)
            {
                text.Append(inner.Text);
            }
            else if (inner.Name == "br")
            {
                text.Append('\n');
            }
        }
    }

    /// <summary>
    /// The runs of text an element holds directly, between its block children: the length
    /// <see cref="Spacing.Collapse"/> would give each, and its commas.
    /// </summary>
    public static List<(int Length, int Commas)> LooseRuns(MarkupNode element)
    {
        var runs = new List<(int Length, int Commas)>();
        var run = new Spacing.CollapsedCount();
        foreach (var node in element.ChildNodes)
        {
            if (!node.IsElement)
            {
                run.Add(node.Text);
            }
            else if (IsBlock(node))
            {
                runs.Add((run.Length, run.Commas));
                run = new Spacing.CollapsedCount();
            }
            else
            {
                foreach (var inner in node.DescendantNodes())
                {
                    run.Add(inner.Text);
                }
            }
        }

        runs.Add((run.Length, run.Commas));
        return runs;
    }
}
