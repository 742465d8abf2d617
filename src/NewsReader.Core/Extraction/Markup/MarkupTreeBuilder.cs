namespace NewsReader.Extraction.Markup;

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

    private static readonly HashSet<string> Void =
    [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    ];

    private static readonly HashSet<string> HeadContent = ["base", "basefont", "bgsound", "link", "meta", "noframes", "noscript", "script", "style", "template", "title"];

    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "dd", "dt", "listing", "main", "menu", "nav",
        "ol", "p", "plaintext", "pre", "section", "summary", "table", "ul", "xmp",
    ];

    private static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>The standard's "special" elements: an end tag for anything else stops at them.</summary>
    private static readonly HashSet<string> Special =
    [
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption",
        "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
        "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
        "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object",
        "ol", "p", "param", "plaintext", "pre", "script", "section", "select", "source", "style", "summary", "table", "tbody", "td",
        "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp",
    ];

    /// <summary>Elements an end tag's search never passes (the standard's default scope).</summary>
    private static readonly HashSet<string> Scope = ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"];

    private static readonly HashSet<string> TableScope = ["html", "table", "template"];

    private static readonly HashSet<string> ListScope = ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "ol", "ul"];

    private static readonly HashSet<string> ButtonScope = ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button"];

    private static readonly HashSet<string> TableSections = ["thead", "tbody", "tfoot"];

    private readonly MarkupNode _html = MarkupNode.Element("html", 0);
    private readonly MarkupNode _head = MarkupNode.Element("head", 1);
    private readonly MarkupNode _body = MarkupNode.Element("body", 2);
    private readonly List<MarkupNode> _open = [];
    private int _elements = 3;
    private bool _inBody;

    public MarkupTreeBuilder()
    {
        _html.Append(_head);
        _html.Append(_body);
        _open.Add(_html);
    }

    private MarkupNode Current => _open[^1];

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

        if (!_inBody && HeadContent.Contains(name))
        {
            var element = MarkupNode.Element(name, _elements++, attributes);
            (_open.Count > 1 ? Current : _head).Append(element);
            if (Void.Contains(name))
            {
                return false;
            }

            _open.Add(element);
            return true;
        }

        if (!_inBody)
        {
            EnterBody();
        }

        CloseImplied(name);
        var node = MarkupNode.Element(name, _elements++, attributes);
        Current.Append(node);
        var foreign = selfClosing && (name is "svg" or "math" || _open.Any(e => e.Name is "svg" or "math"));
        if (Void.Contains(name) || foreign)
        {
            return false;
        }

        if (_open.Count < MaxDepth)
        {
            _open.Add(node);
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
                if (!PopTo("p", ButtonScope))
                {
                    Current.Append(MarkupNode.Element("p", _elements++));
                }

                return;
            case "li":
                PopTo("li", ListScope);
                return;
            case "td" or "th" or "tr" or "table" or "thead" or "tbody" or "tfoot" or "caption":
                PopTo(name, TableScope);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                PopToAny(Headings, Scope);
                return;
        }

        if (Special.Contains(name))
        {
            PopTo(name, Scope);
            return;
        }

        // A formatting or unknown element's end tag closes it only if no block is open inside it; else it is stray.
        for (var i = _open.Count - 1; i > 0; i--)
        {
            if (_open[i].Name == name)
            {
                _open.RemoveRange(i, _open.Count - i);
                return;
            }

            if (Special.Contains(_open[i].Name))
            {
                return;
            }
        }
    }

    private void EnterBody()
    {
        _inBody = true;
        _open.RemoveRange(1, _open.Count - 1);
        _open.Add(_body);
    }

    /// <summary>What a start tag closes before it opens: a paragraph before a block, a list item before the next, and so on.</summary>
    private void CloseImplied(string name)
    {
        if (ClosesParagraph.Contains(name))
        {
            PopTo("p", ButtonScope);
        }

        switch (name)
        {
            case "li":
                CloseItem(["li"]);
                break;
            case "dd" or "dt":
                CloseItem(["dd", "dt"]);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when Headings.Contains(Current.Name):
                _open.RemoveAt(_open.Count - 1);
                break;
            case "a":
                for (var i = _open.Count - 1; i > 0 && !Scope.Contains(_open[i].Name); i--)
                {
                    if (_open[i].Name == "a")
                    {
                        _open.RemoveRange(i, _open.Count - i);
                        break;
                    }
                }

                break;
            case "td" or "th":
                PopToAny(["td", "th"], TableScope);
                break;
            case "tr":
                PopTo("tr", TableScope);
                break;
            case "thead" or "tbody" or "tfoot":
                PopToAny(TableSections, TableScope);
                break;
            case "option" when Current.Name == "option":
                _open.RemoveAt(_open.Count - 1);
                break;
            case "optgroup":
                if (Current.Name == "option")
                {
                    _open.RemoveAt(_open.Count - 1);
                }

                if (Current.Name == "optgroup")
                {
                    _open.RemoveAt(_open.Count - 1);
                }

                break;
            case "button" or "select":
                PopTo(name, Scope);
                break;
        }
    }

    /// <summary>Closes an open list item (or definition) before another: the standard's search stops at blocks other than div, p, address.</summary>
    private void CloseItem(string[] names)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i].Name;
            if (names.Contains(open))
            {
                _open.RemoveRange(i, _open.Count - i);
                return;
            }

            if (Special.Contains(open) && open is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    /// <summary>Closes the nearest open element of that name within the scope; false when there is none.</summary>
    private bool PopTo(string name, HashSet<string> scope)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i].Name;
            if (open == name)
            {
                _open.RemoveRange(i, _open.Count - i);
                return true;
            }

            if (scope.Contains(open))
            {
                return false;
            }
        }

        return false;
    }

    private void PopToAny(IReadOnlyCollection<string> names, HashSet<string> scope)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i].Name;
            if (names.Contains(open))
            {
                _open.RemoveRange(i, _open.Count - i);
                return;
            }

            if (scope.Contains(open))
            {
                return;
            }
        }
    }
}
