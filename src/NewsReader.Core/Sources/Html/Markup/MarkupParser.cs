using static NewsReader.Sources.Html.Markup.MarkupBounds;

namespace NewsReader.Sources.Html.Markup;

/// <summary>
/// Reads a page's markup into a <see cref="MarkupDocument"/>: tags, their kept attributes and text, scanning the string
/// once. Comments, doctypes and processing instructions are skipped; script, style and the other raw-text elements
/// end at their first end tag, title and textarea decode references but hold no tags; a tag cut off by the end of
/// the input is dropped. What extraction never reads is not built: attributes other than the few it reads (values
/// for href, src and data-* were most of a general parser's time), the text of scripts (JSON-LD excepted) and
/// styles, and inline SVG and templates, whole. The tree itself comes from <see cref="MarkupTreeBuilder"/>.
/// </summary>
internal static class MarkupParser
{
    /// <summary>The only attributes extraction reads; the parser keeps no others but a <c>link</c>'s <c>href</c> (a page's canonical address).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "role", "style", "hidden", "aria-hidden", "rel", "itemprop", "property", "name", "content", "type", "datetime",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Common element names, so reading one costs a lookup rather than a new string.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "address", "article", "aside", "audio", "b", "base", "blockquote", "body", "br", "button", "canvas", "caption",
        "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dialog", "div", "dl", "dt", "em", "embed", "fieldset",
        "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
        "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "mark", "menu", "meta", "nav", "noscript",
        "object", "ol", "optgroup", "option", "p", "param", "picture", "pre", "q", "s", "samp", "script", "section", "select", "small",
        "source", "span", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot",
        "th", "thead", "time", "title", "tr", "u", "ul", "video", "wbr",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Elements whose content is text up to their end tag, whether references in it are decoded, and that end tag's start.</summary>
    private static readonly Dictionary<string, (bool Decoded, string EndTag)> TextOnly = new[]
    {
        ("script", false), ("style", false), ("xmp", false), ("iframe", false), ("noembed", false), ("noframes", false), ("title", true), ("textarea", true),
    }.ToDictionary(e => e.Item1, e => (e.Item2, "</" + e.Item1), StringComparer.Ordinal);

    public static MarkupDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var builder = new MarkupTreeBuilder();
        var attributes = new List<MarkupAttribute>();
        var spaces = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                builder.Text(TextOf(html.AsSpan(i, textEnd - i), spaces));
            }

            if (lt < 0)
            {
                break;
            }

            i = ReadMarkup(html, lt, builder, attributes);
        }

        return builder.Finish();
    }

    /// <summary>A run of text, decoded; the white space between tags (most runs) is made once per distinct run.</summary>
    private static string TextOf(ReadOnlySpan<char> run, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> spaces)
    {
        if (run.Length > 64 || run.ContainsAnyExcept(" \n\t"))
        {
            return CharacterReferences.Decode(run, inAttribute: false);
        }

        if (!spaces.TryGetValue(run, out var known))
        {
            known = run.ToString();
            spaces[run] = known;
        }

        return known;
    }

    /// <summary>Reads what starts with the '&lt;' at <paramref name="lt"/>; returns where reading goes on.</summary>
    private static int ReadMarkup(string html, int lt, MarkupTreeBuilder builder, List<MarkupAttribute> attributes)
    {
        var next = At(html, lt + 1);
        if (char.IsAsciiLetter(next))
        {
            return ReadStartTag(html, lt, builder, attributes);
        }

        switch (next)
        {
            case '/' when char.IsAsciiLetter(At(html, lt + 2)):
                var nameEnd = NameEnd(html, lt + 2);
                var end = ReadAttributes(html, nameEnd, null).End;
                if (end > 0)
                {
                    builder.EndTag(ElementName(html.AsSpan(lt + 2, nameEnd - lt - 2)));
                }

                return end > 0 ? end : html.Length;
            case '/' when At(html, lt + 2) == '>':
                return lt + 3;
            case '!' when string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0:
                return CommentEnd(html, lt + 4);
            case '/' or '!' or '?':
                var close = html.IndexOf('>', lt + 2 <= html.Length ? lt + 2 : html.Length);
                return close < 0 ? html.Length : close + 1;
            default:
                builder.Text("<");
                return lt + 1;
        }
    }

    private static int ReadStartTag(string html, int lt, MarkupTreeBuilder builder, List<MarkupAttribute> attributes)
    {
        var nameEnd = NameEnd(html, lt + 1);
        var name = ElementName(html.AsSpan(lt + 1, nameEnd - lt - 1));
        attributes.Clear();
        var (end, selfClosing) = ReadAttributes(html, nameEnd, attributes, keepHref: name == "link");
        if (end < 0)
        {
            return html.Length;
        }

        if (name is "svg" or "template" && (selfClosing ? end : SkipElement(html, name, end)) is > 0 and var after)
        {
            return after;
        }

        var opened = builder.StartTag(name, attributes.Count == 0 ? null : [.. attributes], selfClosing);
        if (!opened)
        {
            return end;
        }

        if (name == "plaintext")
        {
            builder.Text(CharacterReferences.Decode(html.AsSpan(end), inAttribute: false));
            return html.Length;
        }

        if (!TextOnly.TryGetValue(name, out var textOnly))
        {
            return end;
        }

        // The end tag itself is read by the caller, as any other.
        var (decoded, endTag) = textOnly;
        var contentEnd = EndTagOf(html, endTag, end);
        var content = html.AsSpan(end, (contentEnd < 0 ? html.Length : contentEnd) - end);
        var read = name != "style" && (name != "script" || attributes.Exists(a => a.Name == "type" && a.Value.Contains("ld+json", StringComparison.OrdinalIgnoreCase)));
        if (!content.IsEmpty && read)
        {
            builder.Text(decoded ? CharacterReferences.Decode(content, inAttribute: false) : content.ToString());
        }

        return contentEnd < 0 ? html.Length : contentEnd;
    }

    /// <summary>
    /// Reads a tag's attributes from <paramref name="from"/> to its '&gt;', keeping the allowlisted ones into
    /// <paramref name="kept"/> (the first of a name wins); End is -1 when the input ends inside the tag.
    /// </summary>
    private static (int End, bool SelfClosing) ReadAttributes(string html, int from, List<MarkupAttribute>? kept, bool keepHref = false)
    {
        var i = from;
        while (true)
        {
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return (-1, false);
            }

            if (html[i] == '>')
            {
                return (i + 1, false);
            }

            if (html[i] == '/')
            {
                i++;
                if (At(html, i) == '>')
                {
                    return (i + 1, true);
                }

                continue;
            }

            var nameStart = i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var name = html.AsSpan(nameStart, i - nameStart);
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            var value = ReadOnlySpan<char>.Empty;
            if (At(html, i) == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                if (At(html, i) is '"' or '\'')
                {
                    var close = html.IndexOf(html[i], i + 1);
                    if (close < 0)
                    {
                        return (-1, false);
                    }

                    value = html.AsSpan(i + 1, close - i - 1);
                    i = close + 1;
                }
                else
                {
                    var start = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    value = html.AsSpan(start, i - start);
                }
            }

            if (kept is not null && KeptName(name, keepHref) is { } keptName && !kept.Exists(a => a.Name == keptName))
            {
                kept.Add(new MarkupAttribute(keptName, CharacterReferences.Decode(value, inAttribute: true)));
            }
        }
    }

    private static string? KeptName(ReadOnlySpan<char> name, bool keepHref) =>
        KeptAttributes.TryGetValue(name, out var kept) ? kept : keepHref && name.Equals("href", StringComparison.OrdinalIgnoreCase) ? "href" : null;

    private static string ElementName(ReadOnlySpan<char> name) =>
        KnownNames.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();
}
