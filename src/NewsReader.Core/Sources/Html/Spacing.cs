using NewsReader.Sources.Html.Markup;

namespace NewsReader.Sources.Html;

/// <summary>White space in text read from markup: runs become one space, as a browser lays text out.</summary>
public static class Spacing
{
    /// <summary>Runs of white space as one space, and none at the ends.</summary>
    public static string Collapse(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>
    /// Whether text shows nothing: white space and invisible format characters alone (zero-width space and joiners,
    /// word joiner, byte-order mark, soft hyphen, direction marks), as a paragraph of a lone U+200B does.
    /// </summary>
    public static bool ShowsNothing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length <see cref="Collapse"/> would give an element's text, and the commas in it, without building the text.</summary>
    internal static (int Length, int Commas) CollapsedLength(MarkupNode element)
    {
        var count = new CollapsedCount();
        foreach (var node in element.DescendantNodes())
        {
            count.Add(node.Text);
        }

        return (count.Length, count.Commas);
    }

    /// <summary>The length <see cref="Collapse"/> would give text added piece by piece, and its commas.</summary>
    internal struct CollapsedCount
    {
        private bool _pendingSpace;

        public int Length { get; private set; }

        public int Commas { get; private set; }

        public void Add(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = Length > 0;
                    continue;
                }

                Length += _pendingSpace ? 2 : 1;
                Commas += c == ',' ? 1 : 0;
                _pendingSpace = false;
            }
        }
    }
}
