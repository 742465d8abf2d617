namespace NewsReader.Sources.Html;

/// <summary>
/// How deep a page's elements nest, read from its tags before it is parsed. No real article nests thousands deep, so
/// such a page is refused up front as not an article, with its depth in the message. (The extractor's own parser
/// would read it without harm: past 512 open elements it nests no further; see <c>Markup.MarkupTreeBuilder</c>.)
/// </summary>
public static class HtmlNesting
{
    /// <summary>Deeper than this is not a news page: real pages nest a few dozen levels.</summary>
    public const int MaxDepth = 1_000;

    /// <summary>Elements that have no end tag, or whose end tag pages often leave out, and so never deepen the count.</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rt", "rp",
        "html", "head", "body", "!doctype",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCountedLookup = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The deepest run of open tags, an upper bound of the tree's depth: start tags add one, end tags take one off,
    /// self-closing and void elements count nothing, and script, style and comment contents are skipped.
    /// </summary>
    public static int DepthOf(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                break;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < end && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
            {
                nameEnd++;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (name.IsEmpty || !(char.IsAsciiLetter(name[0]) || name[0] == '!') || NotCountedLookup.Contains(name))
            {
                i = end + 1;
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (html[end - 1] != '/')
            {
                depth++;
                deepest = Math.Max(deepest, depth);
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    var close = html.IndexOf("</" + name.ToString(), end, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? html.Length : close;
                    continue;
                }
            }

            i = end + 1;
        }

        return deepest;
    }
}
