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
        int length = 0, commas = 0;
        var pendingSpace = false;
        foreach (var node in element.DescendantNodes())
        {
            foreach (var c in node.Text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                length += pendingSpace ? 2 : 1;
                commas += c == ',' ? 1 : 0;
                pendingSpace = false;
            }
        }

        return (length, commas);
    }
}
