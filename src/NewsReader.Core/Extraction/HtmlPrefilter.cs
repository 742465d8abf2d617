using System.Text;

namespace NewsReader.Extraction;

/// <summary>
/// Cuts what the extractor would throw away anyway out of a page's markup before it is parsed: scripts (except
/// JSON-LD, which metadata reads), styles, inline SVG, templates and comments: half of a page's bytes, and parsing is
/// most of the extractor's time. A script ends at the first <c>&lt;/script</c>, as for an HTML parser; SVG and
/// templates at their matching end tag; anything not cleanly closed is kept.
/// </summary>
internal static class HtmlPrefilter
{
    /// <summary>Elements whose content is raw text: the first end tag closes them.</summary>
    private static readonly string[] RawText = ["script", "style"];

    /// <summary>Elements whose content is markup the extractor never reads: nested ones are counted to find the end.</summary>
    private static readonly string[] Containers = ["svg", "template"];

    private static readonly string[] AllDropped = [.. RawText, .. Containers];

    public static string Strip(string html)
    {
        StringBuilder? kept = null;
        var copied = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var end = ElementEnd(html, i);
            if (end < 0)
            {
                i++;
                continue;
            }

            kept ??= new StringBuilder(html.Length);
            kept.Append(html, copied, i - copied);
            copied = i = end;
        }

        return kept is null ? html : kept.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>The end tag closing the element opened before <paramref name="from"/>, counting nested ones; -1 if none.</summary>
    private static int MatchingEndTag(string html, string name, int from)
    {
        var depth = 1;
        for (var i = html.IndexOf('<', from); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var at = closing ? i + 2 : i + 1;
            var after = at + name.Length;
            if (after >= html.Length || string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0
                || !(char.IsWhiteSpace(html[after]) || html[after] is '>' or '/'))
            {
                continue;
            }

            depth += closing ? -1 : 1;
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where the droppable element or comment starting at <paramref name="start"/> ends, or -1 to keep it.</summary>
    private static int ElementEnd(string html, int start)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 3;
        }

        foreach (var name in AllDropped)
        {
            var after = start + 1 + name.Length;
            if (after >= html.Length || string.Compare(html, start + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0
                || !(char.IsWhiteSpace(html[after]) || html[after] is '>' or '/'))
            {
                continue;
            }

            var tagEnd = html.IndexOf('>', after);
            if (tagEnd < 0 || (name == "script" && html.AsSpan(start, tagEnd - start).Contains("ld+json", StringComparison.OrdinalIgnoreCase)))
            {
                return -1;
            }

            if (html[tagEnd - 1] == '/' && name == "svg")
            {
                return tagEnd + 1;
            }

            var close = RawText.Contains(name) ? html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase) : MatchingEndTag(html, name, tagEnd);
            if (close < 0)
            {
                return -1;
            }

            var closeEnd = html.IndexOf('>', close);
            return closeEnd < 0 ? -1 : closeEnd + 1;
        }

        return -1;
    }
}
