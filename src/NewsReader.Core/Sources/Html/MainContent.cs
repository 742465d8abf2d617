using System.Buffers;
using NewsReader.Sources.Html.Markup;

namespace NewsReader.Sources.Html;

/// <summary>
/// Finds a page's main content the way reader modes do: clutter removed (scripts, navigation, share widgets, comments,
/// related-link blocks, cookie banners: by tag, and by class and id hints), then every paragraph-like block scores
/// its parent and grandparent by its length and commas; a container's score is scaled by its class and id hints and
/// discounted by how much of its text is links; the best container wins, with the siblings that look like more of
/// the same article, and the sections of its own kind. What it holds comes out as <see cref="TextBlocks"/>.
/// </summary>
internal static class MainContent
{
    private const int MinParagraphLength = 25;

    // Readability's thresholds, measured on the 129 pages (docs/extraction.md).

    /// <summary>A clutter-classed element is dropped unless it holds this share of the page's text or more.</summary>
    private const double ClutterShareOfPage = 0.4;

    /// <summary>Candidates scoring this share of the best are near-best: their common ancestor may be the article.</summary>
    private const double NearBestShare = 0.75;

    /// <summary>A sibling of the best candidate joins it when it scores this share of the best (same class: it gets this as a bonus).</summary>
    private const double SiblingShare = 0.2;

    private const double MinSiblingScore = 10;

    /// <summary>Boxes of the winner's tag and class beside it, this many or more, are a repeated column of teasers.</summary>
    private const int MinRepeatedBoxes = 3;

    /// <summary>A paragraph this long with links under <see cref="MaxParagraphLinkDensity"/> of its text is article text.</summary>
    private const int LongParagraphLength = 80;

    private const double MaxParagraphLinkDensity = 0.25;

    /// <summary>Characters a wrapper around an embedded quotation or figure may hold besides it (a label, a credit).</summary>
    private const int MinEmbedWrapperText = 200;

    private static readonly HashSet<string> Removed = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "iframe", "button", "input", "select", "textarea", "svg", "canvas",
        "object", "embed", "template", "nav", "footer", "aside", "menu", "dialog",
    };

    private static readonly HashSet<string> BlockChildren = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "table", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "figure",
    };

    /// <summary>Class, id or role words of clutter (unless a word of <see cref="Likely"/> is there too).</summary>
    private static readonly SearchValues<string> Unlikely = SearchValues.Create(
    [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer",
        "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
        "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "share",
        "cookie", "consent", "newsletter", "subscribe", "outbrain", "taboola", "hidden", "print",
    ],
    StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Likely = SearchValues.Create(
    [
        "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
    ],
    StringComparison.OrdinalIgnoreCase);

    /// <summary>Class or id words that lower a container's score.</summary>
    private static readonly SearchValues<string> Negative = SearchValues.Create(
    [
        "comment", "sidebar", "footer", "share", "social", "related", "promo", "advert", "sponsor", "banner", "combx",
        "contact", "foot", "meta", "outbrain", "scroll", "shoutbox", "shopping", "tags", "tool", "widget", "byline", "author",
        "dateline", "caption",
    ],
    StringComparison.OrdinalIgnoreCase);

    /// <summary>Class or id words that raise a container's score.</summary>
    private static readonly SearchValues<string> Positive = SearchValues.Create(
    [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog",
        "story",
    ],
    StringComparison.OrdinalIgnoreCase);

    public static List<string> Extract(MarkupDocument document)
    {
        var body = document.Body;
        // A wrapper holding much of the page is never clutter, whatever its class says ("ad-portal" around it all).
        var whole = new TextMeasure(document, body);
        var pageLength = Math.Max(1, whole.TextLength(body));
        foreach (var element in body.Descendants().Where(e => IsClutter(e) && (Removed.Contains(e.Name) || whole.TextLength(e) < pageLength * ClutterShareOfPage)).ToList())
        {
            element.Remove();
        }

        var measure = new TextMeasure(document, body);
        var scores = new Dictionary<MarkupNode, double>();

        // A paragraph of 25 characters or more scores the element holding it, half that to the next, a sixth to the next.
        void Score(MarkupNode holder, int length, int commas)
        {
            if (length < MinParagraphLength)
            {
                return;
            }

            var score = 1 + commas + Math.Min(3, length / 100);
            var level = 0;
            for (var ancestor = holder; ancestor is not null && level < 3; ancestor = ancestor.Parent, level++)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                }

                scores[ancestor] += score / (level switch { 0 => 1.0, 1 => 2.0, _ => 6.0 });
            }
        }

        foreach (var block in body.Descendants().Where(IsParagraphLike))
        {
            if (block.Parent is { } parent)
            {
                var (length, commas) = Spacing.CollapsedLength(block);
                Score(parent, length, commas);
            }
        }

        // Text standing loose beside block children (after an image, between empty boxes) is paragraphs too: each run
        // of it scores the element that holds it.
        foreach (var holder in body.Descendants().Where(e => !IsParagraphLike(e) && HtmlLayout.HoldsBlocks(e)).ToList())
        {
            foreach (var (length, commas) in HtmlLayout.LooseRuns(holder))
            {
                Score(holder, length, commas);
            }
        }

        var ranked = scores
            .Select(s => (Element: s.Key, Score: s.Value * (1 - measure.LinkDensity(s.Key))))
            .OrderByDescending(s => s.Score)
            .Take(5)
            .ToList();
        if (ranked.Count == 0)
        {
            return TextBlocks.Of(body, measure);
        }

        var top = ranked[0];
        var container = top.Element;

        // Several near-best containers under one ancestor are parts of one article split into blocks: take the ancestor.
        var alternatives = ranked.Skip(1).Where(c => c.Score >= top.Score * NearBestShare).Select(c => c.Element).ToList();
        if (alternatives.Count >= 3)
        {
            for (var ancestor = container.Parent; ancestor is not null && ancestor != body; ancestor = ancestor.Parent)
            {
                if (alternatives.Count(ancestor.Contains) >= 3)
                {
                    container = ancestor;
                    break;
                }
            }
        }

        // A winner that is one of several similar children (a single paragraph's div) yields to its parent
        // when the parent holds much more of the text.
        while (container.Parent is { } parent && parent != body && scores.TryGetValue(parent, out var parentScore)
            && parentScore * (1 - measure.LinkDensity(parent)) >= top.Score * NearBestShare)
        {
            container = parent;
        }

        var threshold = Math.Max(MinSiblingScore, top.Score * SiblingShare);
        var siblings = container.Parent?.Children.ToArray() ?? [container];
        var joined = new bool[siblings.Length];
        // A sibling sharing the winner's class is likely more of the same article and needs less to join, unless
        // several do: boxes repeated beside the winner are a column of other stories' teasers, and each must hold as
        // much article text as any sibling, its class and tag counting for nothing.
        var sameClass = container.ClassName is { Length: > 0 } cls ? siblings.Count(e => e != container && e.Name == container.Name && e.ClassName == cls) : 0;
        var repeated = sameClass >= MinRepeatedBoxes;
        for (var i = 0; i < siblings.Length; i++)
        {
            var sibling = siblings[i];
            var bonus = !repeated && sameClass > 0 && sibling.ClassName == container.ClassName ? top.Score * SiblingShare : 0;
            joined[i] = sibling == container
                || (scores.TryGetValue(sibling, out var s) && ((repeated ? s - InitialScore(sibling) : s) * (1 - measure.LinkDensity(sibling))) + bonus >= threshold)
                || (sibling.Name == "p" && IsGoodParagraph(sibling, measure));
        }

        // A quotation or figure standing between two parts of the article (an embedded post, a photo) is in its flow.
        var first = Array.IndexOf(joined, true);
        var last = Array.LastIndexOf(joined, true);
        for (var i = first + 1; i < last; i++)
        {
            joined[i] |= IsEmbedded(siblings[i], measure);
        }

        // An article split into sections (figures, quotations and advertisements between them, each section in its
        // own wrappers): elements of the winner's own kind, its tag and class, elsewhere on the page whose paragraphs
        // alone score as article join it, each with its own text, in page order (a teaser box of the same class,
        // a summary or two, scores too little).
        var parts = siblings.Where((_, i) => joined[i]).ToList();
        if (container.ClassName is { Length: > 0 } family)
        {
            parts.AddRange(scores.Keys.Where(e => e.Name == container.Name && e.ClassName == family
                && !parts.Exists(p => p.Contains(e) || e.Contains(p))
                && (scores[e] - InitialScore(e)) * (1 - measure.LinkDensity(e)) >= threshold));
        }

        var blocks = parts.OrderBy(p => p.Index).SelectMany(part => TextBlocks.Of(part, measure)).ToList();
        // A gallery's and a player's controls ("Image 1 of 8", "Close", "Full Screen") are page widgets, as in captures.
        return TextBlocks.WithoutTrailer(blocks.Where(b => !PlainText.PageClutter.IsWidget(b)).ToList());
    }

    /// <summary>
    /// A quotation or figure, or a wrapper holding one and little text of its own: an embedded post (a tweet is a
    /// blockquote with a link or two) or a photo with its caption.
    /// </summary>
    private static bool IsEmbedded(MarkupNode element, TextMeasure measure)
    {
        if (element.Name is "blockquote" or "figure")
        {
            return true;
        }

        var quoted = element.Descendants().FirstOrDefault(d => d.Name is "blockquote" or "figure");
        return quoted is not null && measure.TextLength(element) - measure.TextLength(quoted) < MinEmbedWrapperText;
    }

    private static bool IsClutter(MarkupNode element)
    {
        if (Removed.Contains(element.Name) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
            || (element.GetAttribute("style") is { Length: > 0 } inline && inline.Replace(" ", "", StringComparison.Ordinal) is var style
                && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        if (element.Name is "body" or "html" or "article" or "main" or "a")
        {
            return false;
        }

        var (cls, id, role) = (element.ClassName, element.Id, element.GetAttribute("role"));
        return Mentions(Unlikely, cls, id, role) && !Mentions(Likely, cls, id, role);
    }

    /// <summary>Whether any of an element's hint attributes (class, id, role) holds one of the words.</summary>
    private static bool Mentions(SearchValues<string> words, string? first, string? second, string? third = null) =>
        first.AsSpan().ContainsAny(words) || second.AsSpan().ContainsAny(words) || third.AsSpan().ContainsAny(words);

    private static bool IsParagraphLike(MarkupNode element) =>
        element.Name is "p" or "pre" or "td" or "blockquote"
        || (element.Name is "div" or "section" or "article" && !element.AnyChild(c => BlockChildren.Contains(c.Name)));

    private static bool IsGoodParagraph(MarkupNode paragraph, TextMeasure measure)
    {
        var text = Spacing.Collapse(paragraph.TextContent);
        var density = measure.LinkDensity(paragraph);
        return (text.Length > LongParagraphLength && density < MaxParagraphLinkDensity) || (text.Length > 0 && density == 0 && text.Contains(". ", StringComparison.Ordinal));
    }

    private static double InitialScore(MarkupNode element)
    {
        var score = element.Name switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var (cls, id) = (element.ClassName, element.Id);
        if (Mentions(Negative, cls, id))
        {
            score -= 25;
        }

        if (Mentions(Positive, cls, id))
        {
            score += 25;
        }

        if (element.Name is "article" or "main")
        {
            score += 10;
        }

        return score;
    }
}
