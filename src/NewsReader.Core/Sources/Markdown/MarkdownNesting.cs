namespace NewsReader.Sources.Markdown;

/// <summary>
/// How deep a Markdown text's block containers nest, read line by line before it is parsed: the quote and list markers
/// that open a line, and the indentation of a list item (two columns a level). No article nests more than a few
/// levels, and Markdig gives up past its own limit with an exception after seconds of work (a list indented 2,200
/// levels), so a text deeper than <see cref="MaxDepth"/> is refused up front with its depth in the reason.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Deeper than this is not an article: real ones nest a quote in a list at most.</summary>
    public const int MaxDepth = 64;

    /// <summary>The deepest line: quote and list markers opening it, plus its list indentation in levels.</summary>
    public static int DepthOf(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var deepest = 0;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            deepest = Math.Max(deepest, DepthOfLine(line));
        }

        return deepest;
    }

    private static int DepthOfLine(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var i = 0;
        var indent = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            indent += line[i] == '\t' ? 4 : 1;
            i++;
        }

        var markers = 0;
        while (i < line.Length)
        {
            var marker = MarkerLength(line[i..]);
            if (marker == 0)
            {
                break;
            }

            markers++;
            i += marker;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }
        }

        depth += markers;
        if (markers > 0)
        {
            depth += indent / 2;
        }

        return depth;
    }

    /// <summary>The length of a container marker at the start: "&gt;", "-", "*", "+" or "12." / "12)" followed by a space or the end.</summary>
    private static int MarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest[0] == '>')
        {
            return 1;
        }

        var length = rest[0] is '-' or '*' or '+' ? 1 : 0;
        if (length == 0)
        {
            while (length < rest.Length && length < 9 && char.IsAsciiDigit(rest[length]))
            {
                length++;
            }

            if (length == 0 || length >= rest.Length || rest[length] is not ('.' or ')'))
            {
                return 0;
            }

            length++;
        }

        return length == rest.Length || rest[length] is ' ' or '\t' ? length : 0;
    }
}
