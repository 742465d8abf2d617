namespace NewsReader.Sources.Html.Markup;

/// <summary>A parsed page: its html element, which always holds a head and a body, as in a browser.</summary>
internal sealed class MarkupDocument
{
    public MarkupDocument(MarkupNode html, MarkupNode head, MarkupNode body, int elementCount)
    {
        Html = html;
        Head = head;
        Body = body;
        ElementCount = elementCount;
    }

    /// <summary>How many elements were read: every element's <see cref="MarkupNode.Index"/> is below it.</summary>
    public int ElementCount { get; }

    public MarkupNode Html { get; }

    public MarkupNode Head { get; }

    public MarkupNode Body { get; }

    /// <summary>Every element of the page in document order, the html element first.</summary>
    public IEnumerable<MarkupNode> Elements() => Html.Descendants().Prepend(Html);

    /// <summary>The page's elements with this name, in document order.</summary>
    public IEnumerable<MarkupNode> Elements(string name) => Elements().Where(e => e.Name == name);

    /// <summary>Parses a page; see <see cref="MarkupParser"/>.</summary>
    public static MarkupDocument Parse(string html) => MarkupParser.Parse(html);
}
