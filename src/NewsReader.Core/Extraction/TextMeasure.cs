using AngleSharp.Dom;

namespace NewsReader.Extraction;

/// <summary>
/// Every element's text length and the part of it inside the links it contains, computed once bottom-up (children before parents),
/// so link density costs a lookup rather than a walk of the element's subtree each time it is asked.
/// </summary>
internal sealed class TextMeasure
{
    private readonly Dictionary<IElement, (int Text, int Links)> _lengths = [];

    public TextMeasure(IElement root)
    {
        var elements = root.QuerySelectorAll("*").ToList();
        elements.Insert(0, root);
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            int text = 0, links = 0;
            foreach (var node in element.ChildNodes)
            {
                if (node is IElement child)
                {
                    var (childText, childLinks) = _lengths[child];
                    text += childText;
                    links += child.LocalName == "a" ? childText : childLinks;
                }
                else if (node is IText)
                {
                    text += node.TextContent.Length;
                }
            }

            _lengths[element] = (text, links);
        }
    }

    /// <summary>The length of an element's text (its TextContent), as measured.</summary>
    public int TextLength(IElement element) => _lengths.TryGetValue(element, out var known) ? known.Text : element.TextContent.Length;

    /// <summary>The share of an element's text inside links, from 0 to 1.</summary>
    public double LinkDensity(IElement element)
    {
        var (text, links) = _lengths.TryGetValue(element, out var known) ? known : (element.TextContent.Length, element.QuerySelectorAll("a").Sum(a => a.TextContent.Length));
        return text == 0 ? 0 : Math.Min(1, (double)links / text);
    }
}
