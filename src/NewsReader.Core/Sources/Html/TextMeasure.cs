using NewsReader.Sources.Html.Markup;

namespace NewsReader.Sources.Html;

/// <summary>
/// The text length of every element under a root, and the part of it inside the links the element contains, counted
/// once by adding each run of text to its ancestors, so link density costs a lookup rather than a walk of the element's
/// subtree each time it is asked. Measures hold for the tree as it was when measured.
/// </summary>
internal sealed class TextMeasure
{
    private readonly int[] _text;
    private readonly int[] _links;

    public TextMeasure(MarkupDocument document, MarkupNode root)
    {
        _text = new int[document.ElementCount];
        _links = new int[document.ElementCount];
        foreach (var node in root.DescendantNodes())
        {
            if (node.IsElement || node.Text.Length == 0)
            {
                continue;
            }

            // Link text counts for the elements above the innermost link holding it, as their links' text.
            var inLink = false;
            for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                _text[ancestor.Index] += node.Text.Length;
                if (inLink)
                {
                    _links[ancestor.Index] += node.Text.Length;
                }

                inLink |= ancestor.Name == "a";
                if (ancestor == root)
                {
                    break;
                }
            }
        }
    }

    /// <summary>The length of an element's text (its TextContent), as measured.</summary>
    public int TextLength(MarkupNode element) => _text[element.Index];

    /// <summary>The share of an element's text inside links, from 0 to 1.</summary>
    public double LinkDensity(MarkupNode element)
    {
        var text = _text[element.Index];
        return text == 0 ? 0 : Math.Min(1, (double)_links[element.Index] / text);
    }
}
