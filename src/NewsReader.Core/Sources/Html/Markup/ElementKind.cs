namespace NewsReader.Sources.Html.Markup;

/// <summary>What the HTML standard's tree rules say about an element, looked up once per tag rather than per rule.</summary>
[Flags]
internal enum ElementKind
{
    None = 0,

    /// <summary>The standard's "special" elements: an end tag for anything else stops at them.</summary>
    Special = 1,

    /// <summary>Bounds an end tag's search in the default scope (applet, caption, html, table, td, th, marquee, object, template).</summary>
    Scope = 2,

    /// <summary>Also bounds the list-item scope (ol, ul).</summary>
    ListScope = 4,

    /// <summary>Also bounds the button scope (button).</summary>
    ButtonScope = 8,

    /// <summary>Bounds the table scope (html, table, template).</summary>
    TableScope = 16,

    /// <summary>Takes no content and has no end tag.</summary>
    Void = 32,

    /// <summary>Belongs in the head when it comes before the body.</summary>
    HeadContent = 64,

    /// <summary>Closes an open paragraph when it starts.</summary>
    ClosesParagraph = 128,

    Heading = 256,
}

/// <summary>The kinds of the elements the standard names; any other element is <see cref="ElementKind.None"/>.</summary>
internal static class ElementKinds
{
    private static readonly Dictionary<string, ElementKind> Known = Build();

    public static ElementKind Of(string name) => Known.GetValueOrDefault(name);

    private static Dictionary<string, ElementKind> Build()
    {
        var kinds = new Dictionary<string, ElementKind>(StringComparer.Ordinal);
        void Mark(ElementKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                kinds[name] = kinds.GetValueOrDefault(name) | kind;
            }
        }

        Mark(ElementKind.Special,
            "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption",
            "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
            "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
            "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object",
            "ol", "p", "param", "plaintext", "pre", "script", "section", "select", "source", "style", "summary", "table", "tbody", "td",
            "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");
        Mark(ElementKind.Scope | ElementKind.ListScope | ElementKind.ButtonScope,
            "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");
        Mark(ElementKind.ListScope, "ol", "ul");
        Mark(ElementKind.ButtonScope, "button");
        Mark(ElementKind.TableScope, "html", "table", "template");
        Mark(ElementKind.Void,
            "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen", "link", "meta",
            "param", "source", "track", "wbr");
        Mark(ElementKind.HeadContent, "base", "basefont", "bgsound", "link", "meta", "noframes", "noscript", "script", "style", "template", "title");
        Mark(ElementKind.ClosesParagraph,
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "dd", "dt", "listing", "main", "menu", "nav",
            "ol", "p", "plaintext", "pre", "section", "summary", "table", "ul", "xmp");
        Mark(ElementKind.Heading, "h1", "h2", "h3", "h4", "h5", "h6");
        return kinds;
    }
}
