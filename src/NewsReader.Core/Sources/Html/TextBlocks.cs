using NewsReader.Sources.Html.Markup;

namespace NewsReader.Sources.Html;

/// <summary>
/// The text of the parts of a page taken as article, as text blocks: each paragraph, heading, list item, quotation or
/// preformatted block, and each run of loose text between blocks (<see cref="HtmlLayout"/>), in order; lists, tables
/// and boxes that are mostly links left out, and blocks that show nothing.
/// </summary>
internal static class TextBlocks
{
    /// <summary>A list, table or box inside the article whose text is more than half links is navigation, left out.</summary>
    private const double MaxBoxLinkDensity = 0.5;

    /// <summary>At most this many closing paragraphs, each shorter than <see cref="MaxTrailerLength"/>, are an appeal to subscribe, left out.</summary>
    private const int MaxTrailerBlocks = 3;

    private const int MaxTrailerLength = 300;

    private static readonly HashSet<string> FragmentClutter =
    [
        "script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "canvas", "button", "form",
    ];

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "pre", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dd", "dt", "figcaption",
    };

    /// <summary>
    /// The text of an HTML fragment (a feed item's content) as blocks, scripts, styles and embedded objects left out;
    /// nothing is scored away, as the fragment is all article.
    /// </summary>
    public static List<string> OfFragment(MarkupDocument document)
    {
        var body = document.Body;
        foreach (var element in body.Descendants().Where(e => FragmentClutter.Contains(e.Name)).ToList())
        {
            element.Remove();
        }

        return Of(body, new TextMeasure(document, body));
    }

    /// <summary>The text blocks of an element: each paragraph, heading, list item, quote or preformatted block, in order.</summary>
    public static List<string> Of(MarkupNode root, TextMeasure measure)
    {
        var blocks = new List<string>();
        var captions = new HashSet<string>(StringComparer.Ordinal);
        void Walk(MarkupNode element)
        {
            // Inside the article, a list, table or box that is mostly links is navigation or "read more", not prose.
            if (element != root && element.Name is "ul" or "ol" or "table" or "div" or "section" && measure.LinkDensity(element) > MaxBoxLinkDensity)
            {
                return;
            }

            if (Blocks.Contains(element.Name) && !element.AnyChild(c => Blocks.Contains(c.Name) || c.Name is "ul" or "ol" or "table" or "div"))
            {
                var rendered = new System.Text.StringBuilder();
                HtmlLayout.AppendRendered(element, rendered);
                var text = element.Name == "pre" ? rendered.ToString().Trim() : Spacing.Collapse(rendered.ToString());
                // A caption the article already showed (one credit under each of nine photos) is shown once.
                if (!Spacing.ShowsNothing(text) && !(IsCaption(element) && !captions.Add(text)))
                {
                    blocks.Add(text);
                }

                return;
            }

            var loose = new System.Text.StringBuilder();
            foreach (var node in element.ChildNodes)
            {
                if (node.IsElement && (node.Name == "br" || HtmlLayout.IsBlock(node)))
                {
                    Flush(loose, blocks);
                    if (node.Name != "br")
                    {
                        Walk(node);
                    }
                    else
                    {
                        loose.Append('\n');
                    }
                }
                else
                {
                    HtmlLayout.AppendRendered(node, loose);
                }
            }

            Flush(loose, blocks);
        }

        Walk(root);
        return blocks;
    }

    /// <summary>A picture's caption: a <c>figcaption</c>, or a block classed as one ("wp-caption-text").</summary>
    private static bool IsCaption(MarkupNode element) =>
        element.Name == "figcaption" || element.ClassName?.Contains("caption", StringComparison.OrdinalIgnoreCase) == true;

    private static void Flush(System.Text.StringBuilder loose, List<string> blocks)
    {
        var text = Spacing.Collapse(loose.ToString());
        if (!Spacing.ShowsNothing(text))
        {
            blocks.Add(text);
        }

        loose.Clear();
    }

    /// <summary>
    /// The article without the appeal that may close it: short last paragraphs in which the site speaks to its reader
    /// (<see cref="PlainText.PageClutter.IsSiteNotice"/>: a newsletter, a subscription, an account), as captures' are.
    /// </summary>
    public static List<string> WithoutTrailer(List<string> blocks)
    {
        var end = blocks.Count;
        while (end > 1 && blocks.Count - end < MaxTrailerBlocks && blocks[end - 1].Length < MaxTrailerLength && PlainText.PageClutter.IsSiteNotice(blocks[end - 1]))
        {
            end--;
        }

        return end == blocks.Count ? blocks : blocks[..end];
    }
}
