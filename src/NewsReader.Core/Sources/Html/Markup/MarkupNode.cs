using System.Text;

namespace NewsReader.Sources.Html.Markup;

/// <summary>An attribute the parser kept (see <see cref="MarkupParser"/>): its lower-case name and decoded value.</summary>
internal readonly record struct MarkupAttribute(string Name, string Value);

/// <summary>
/// An element or a run of text in a parsed page: a light tree with only what extraction reads (names, kept attributes,
/// text, and links to parent, children and siblings), so building it costs a fraction of a full DOM.
/// </summary>
internal sealed class MarkupNode
{
    private readonly MarkupAttribute[] _attributes;

    private MarkupNode(string name, string text, MarkupAttribute[] attributes, int index)
    {
        Name = name;
        Text = text;
        _attributes = attributes;
        Index = index;
    }

    /// <summary>The element's lower-case name; empty for text.</summary>
    public string Name { get; }

    /// <summary>A text node's text, character references decoded; empty for an element.</summary>
    public string Text { get; private set; }

    public bool IsElement => Name.Length > 0;

    /// <summary>An element's number in its document, from 0 in the order they were read (see <see cref="MarkupDocument.ElementCount"/>); -1 for text.</summary>
    public int Index { get; }

    public MarkupNode? Parent { get; private set; }

    public MarkupNode? FirstChild { get; private set; }

    public MarkupNode? LastChild { get; private set; }

    public MarkupNode? NextSibling { get; private set; }

    public MarkupNode? PreviousSibling { get; private set; }

    public string? ClassName => GetAttribute("class");

    public string? Id => GetAttribute("id");

    public static MarkupNode Element(string name, int index, MarkupAttribute[]? attributes = null) => new(name, "", attributes ?? [], index);

    public static MarkupNode TextNode(string text) => new("", text, [], -1);

    public string? GetAttribute(string name)
    {
        foreach (var attribute in _attributes)
        {
            if (attribute.Name == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>The child nodes, elements and text, in order.</summary>
    public IEnumerable<MarkupNode> ChildNodes
    {
        get
        {
            for (var child = FirstChild; child is not null; child = child.NextSibling)
            {
                yield return child;
            }
        }
    }

    /// <summary>The child elements, in order.</summary>
    public IEnumerable<MarkupNode> Children => ChildNodes.Where(c => c.IsElement);

    /// <summary>Whether a child element passes the test (without an enumerator: this runs for every element).</summary>
    public bool AnyChild(Func<MarkupNode, bool> test)
    {
        for (var child = FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.IsElement && test(child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every element below this one, in document order (without recursion, however deep the tree).</summary>
    public IEnumerable<MarkupNode> Descendants() => DescendantNodes().Where(n => n.IsElement);

    /// <summary>Every node below this one, elements and text, in document order.</summary>
    public IEnumerable<MarkupNode> DescendantNodes()
    {
        var node = FirstChild;
        while (node is not null)
        {
            yield return node;
            node = Following(node);
        }
    }

    /// <summary>The first element below this one with the given name, in document order.</summary>
    public MarkupNode? First(string name) => Descendants().FirstOrDefault(e => e.Name == name);

    /// <summary>The text of this node and everything below it, concatenated in document order.</summary>
    public string TextContent
    {
        get
        {
            if (!IsElement)
            {
                return Text;
            }

            if (FirstChild is null)
            {
                return "";
            }

            if (FirstChild == LastChild && !FirstChild.IsElement)
            {
                return FirstChild.Text;
            }

            var text = new StringBuilder();
            AppendTextTo(text);
            return text.ToString();
        }
    }

    /// <summary>Appends <see cref="TextContent"/> without building it first.</summary>
    public void AppendTextTo(StringBuilder text)
    {
        if (!IsElement)
        {
            text.Append(Text);
            return;
        }

        for (var node = FirstChild; node is not null; node = Following(node))
        {
            text.Append(node.Text);
        }
    }

    /// <summary>Whether <paramref name="other"/> is this node or below it.</summary>
    public bool Contains(MarkupNode other)
    {
        for (var node = other; node is not null; node = node.Parent)
        {
            if (node == this)
            {
                return true;
            }
        }

        return false;
    }

    public void Append(MarkupNode child)
    {
        child.Parent = this;
        child.PreviousSibling = LastChild;
        if (LastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            LastChild.NextSibling = child;
        }

        LastChild = child;
    }

    /// <summary>Adds text at the end, joined to a text node already last (as a parser joins runs split by comments).</summary>
    public void AppendText(string text)
    {
        if (LastChild is { IsElement: false } last)
        {
            last.Text += text;
        }
        else
        {
            Append(TextNode(text));
        }
    }

    /// <summary>Takes this node, and everything below it, out of the tree.</summary>
    public void Remove()
    {
        if (Parent is null)
        {
            return;
        }

        if (PreviousSibling is null)
        {
            Parent.FirstChild = NextSibling;
        }
        else
        {
            PreviousSibling.NextSibling = NextSibling;
        }

        if (NextSibling is null)
        {
            Parent.LastChild = PreviousSibling;
        }
        else
        {
            NextSibling.PreviousSibling = PreviousSibling;
        }

        Parent = PreviousSibling = NextSibling = null;
    }

    /// <summary>The node after <paramref name="node"/> in document order within this subtree, or null at its end.</summary>
    private MarkupNode? Following(MarkupNode node)
    {
        if (node.FirstChild is not null)
        {
            return node.FirstChild;
        }

        for (var at = node; at is not null && at != this; at = at.Parent)
        {
            if (at.NextSibling is not null)
            {
                return at.NextSibling;
            }
        }

        return null;
    }
}
