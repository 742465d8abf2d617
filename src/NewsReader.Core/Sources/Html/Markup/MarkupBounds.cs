namespace NewsReader.Sources.Html.Markup;

/// <summary>Where things end in a page's markup: a tag's name, a comment, a raw-text element's content, an element skipped whole.</summary>
internal static class MarkupBounds
{
    /// <summary>Where the end tag closing a raw-text element starts (&lt;/name followed by a space, '/' or '&gt;'), or -1.</summary>
    public static int EndTagOf(string html, string endTag, int from)
    {
        for (var i = html.IndexOf(endTag, from, StringComparison.OrdinalIgnoreCase); i >= 0; i = html.IndexOf(endTag, i + 2, StringComparison.OrdinalIgnoreCase))
        {
            var after = i + endTag.Length;
            if (after == html.Length || IsSpace(html[after]) || html[after] is '/' or '>')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where an element whose content is never read (SVG, a template) ends: past its matching end tag, counting nested
    /// ones of the same name; -1 when it is not closed, and then it is parsed as written.
    /// </summary>
    public static int SkipElement(string html, string name, int from)
    {
        var depth = 1;
        for (var i = html.IndexOf('<', from); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var at = closing ? i + 2 : i + 1;
            var after = at + name.Length;
            if (after >= html.Length || !html.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                || !(IsSpace(html[after]) || html[after] is '>' or '/'))
            {
                continue;
            }

            var tagEnd = html.IndexOf('>', after);
            if (tagEnd < 0)
            {
                return -1;
            }

            depth += closing ? -1 : html[tagEnd - 1] == '/' ? 0 : 1;
            if (depth == 0)
            {
                return tagEnd + 1;
            }
        }

        return -1;
    }

    /// <summary>A comment ends at "--&gt;"; "&lt;!--&gt;" and "&lt;!---&gt;" are empty comments; an unclosed one runs to the end.</summary>
    public static int CommentEnd(string html, int from)
    {
        if (At(html, from) == '>')
        {
            return from + 1;
        }

        if (At(html, from) == '-' && At(html, from + 1) == '>')
        {
            return from + 2;
        }

        var close = html.IndexOf("-->", from, StringComparison.Ordinal);
        return close < 0 ? html.Length : close + 3;
    }

    public static int NameEnd(string html, int from)
    {
        var i = from;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        return i;
    }

    public static char At(string html, int index) => index < html.Length ? html[index] : '\0';

    public static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';
}
