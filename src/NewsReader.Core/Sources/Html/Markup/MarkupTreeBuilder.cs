namespace NewsReader.Sources.Html.Markup;

/// <summary>
/// Puts a page's tags into a tree the way browsers do, for what extraction reads: head content before the body, void
/// elements, paragraphs, list items, cells and rows closed by what follows them, end tags matched within their scope
/// and stray ones ignored. Not kept from the HTML standard: re-opening formatting elements, moving misplaced table
/// content and quirks modes, which change where inline markup sits but not the page's text. Past
/// <see cref="MaxDepth"/> open elements new ones become siblings, as Chromium does, so depth costs no time.
/// </summary>
internal sealed class MarkupTreeBuilder
{
    /// <summary>Open elements beyond this are not nested further (Chromium's limit is 512).</summary>
    public const int MaxDepth = 512;

    /// <summary>The special elements a new list item's (or definition's) search for the previous one passes.</summary>
    private static readonly string[] ItemSearchPasses = ["address", "div", "p"];

    private readonly MarkupNode _html = MarkupNode.Element("html", 0);
    private readonly MarkupNode _head = MarkupNode.Element("head", 1);
    private readonly MarkupNode _body = MarkupNode.Element("body", 2);

    /// <summary>The open elements, innermost last, and their kinds alongside.</summary>
    private readonly List<(MarkupNode Node, ElementKind Kind)> _open = [];
    private int _elements = 3;
    private bool _inBody;
    private int _foreign;

    public MarkupTreeBuilder()
    {
        _html.Append(_head);
        _html.Append(_body);
        _open.Add((_html, ElementKinds.Of("html")));
    }

    private MarkupNode Current => _open[^1].Node;

    public MarkupDocument Finish() => new(_html, _head, _body, _elements);

    public void Text(string text)
    {
        // Text in the head's title, script or style stays there; any other before the body starts it.
        if (!_inBody && _open.Count == 1)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            EnterBody();
        }

        Current.AppendText(text);
    }

    /// <summary>Opens an element; false when it takes no content (void, or self-closed in SVG or MathML).</summary>
    public bool StartTag(string name, MarkupAttribute[]? attributes, bool selfClosing)
    {
        if (name is "html" or "head")
        {
            return true;
        }

        if (name == "body")
        {
            // A second body tag inside the page changes nothing, as in a browser.
            if (!_inBody)
            {
                EnterBody();
            }

            return true;
        }

        var kind = ElementKinds.Of(name);
        MarkupNode parent;
        if (!_inBody && (kind & ElementKind.HeadContent) != 0)
        {
            parent = _open.Count > 1 ? Current : _head;
        }
        else
        {
            if (!_inBody)
            {
                EnterBody();
            }

            CloseImplied(name, kind);
            parent = Current;
        }

        var node = MarkupNode.Element(name, _elements++, attributes);
        parent.Append(node);
        if ((kind & ElementKind.Void) != 0 || (selfClosing && (_foreign > 0 || name is "svg" or "math")))
        {
            return false;
        }

        if (_open.Count < MaxDepth)
        {
            _open.Add((node, kind));
            _foreign += name is "svg" or "math" ? 1 : 0;
        }

        return true;
    }

    public void EndTag(string name)
    {
        switch (name)
        {
            case "html" or "body" or "head":
                return;
            case "br":
                StartTag("br", null, false);
                return;
            case "p":
                // A paragraph's end with none open makes an empty one, as in a browser.
                if (!PopTo("p", ElementKind.ButtonScope))
                {
                    Current.Append(MarkupNode.Element("p", _elements++));
                }

                return;
            case "li":
                PopTo("li", ElementKind.ListScope);
                return;
            case "td" or "th" or "tr" or "table" or "thead" or "tbody" or "tfoot" or "caption":
                PopTo(name, ElementKind.TableScope);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                PopTo(n => (ElementKinds.Of(n) & ElementKind.Heading) != 0, ElementKind.Scope);
                return;
        }

        if ((ElementKinds.Of(name) & ElementKind.Special) != 0)
        {
            PopTo(name, ElementKind.Scope);
            return;
        }

        // A formatting or unknown element's end tag closes it only if no block is open inside it; else it is stray.
        PopTo(name, ElementKind.Special);
    }

    private void EnterBody()
    {
        _inBody = true;
        PopAbove(0);
        _open.Add((_body, ElementKinds.Of("body")));
    }

    /// <summary>What a start tag closes before it opens: a paragraph before a block, a list item before the next, and so on.</summary>
    private void CloseImplied(string name, ElementKind kind)
    {
        if ((kind & ElementKind.ClosesParagraph) != 0)
        {
            PopTo("p", ElementKind.ButtonScope);
        }

        switch (name)
        {
            case "li":
                PopTo("li", ElementKind.Special, except: ItemSearchPasses);
                break;
            case "dd" or "dt":
                PopTo(n => n is "dd" or "dt", ElementKind.Special, except: ItemSearchPasses);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when (_open[^1].Kind & ElementKind.Heading) != 0:
                PopAbove(_open.Count - 2);
                break;
            case "a":
                PopTo("a", ElementKind.Scope);
                break;
            case "td" or "th":
                PopTo(n => n is "td" or "th", ElementKind.TableScope);
                break;
            case "tr":
                PopTo("tr", ElementKind.TableScope);
                break;
            case "thead" or "tbody" or "tfoot":
                PopTo(n => n is "thead" or "tbody" or "tfoot", ElementKind.TableScope);
                break;
            case "option" or "optgroup":
                if (Current.Name == "option")
                {
                    PopAbove(_open.Count - 2);
                }

                if (name == "optgroup" && Current.Name == "optgroup")
                {
                    PopAbove(_open.Count - 2);
                }

                break;
            case "button" or "select":
                PopTo(name, ElementKind.Scope);
                break;
        }
    }

    /// <summary>
    /// Closes the innermost open element of that name, searching out no further than an element of the bounding kind
    /// (unless its name is one of <paramref name="except"/>); false when there is none.
    /// </summary>
    private bool PopTo(string name, ElementKind bound, string[]? except = null) => PopTo(name, null, bound, except);

    /// <summary>As <see cref="PopTo(string, ElementKind, string[])"/>, for the innermost element whose name passes.</summary>
    private bool PopTo(Func<string, bool> matches, ElementKind bound, string[]? except = null) => PopTo(null, matches, bound, except);

    private bool PopTo(string? name, Func<string, bool>? matches, ElementKind bound, string[]? except)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var (node, kind) = _open[i];
            if (name is null ? matches!(node.Name) : node.Name == name)
            {
                PopAbove(i - 1);
                return true;
            }

            if ((kind & bound) != 0 && (except is null || !except.Contains(node.Name)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Closes every open element after the one at <paramref name="index"/>.</summary>
    private void PopAbove(int index)
    {
        for (var i = index + 1; i < _open.Count; i++)
        {
            _foreign -= _open[i].Node.Name is "svg" or "math" ? 1 : 0;
        }

        _open.RemoveRange(index + 1, _open.Count - index - 1);
    }
}
