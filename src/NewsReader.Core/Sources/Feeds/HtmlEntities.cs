using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsReader.Sources.Feeds;

/// <summary>
/// HTML's named character references (<c>&amp;nbsp;</c>, <c>&amp;eacute;</c>…) in an XML text written as numeric ones,
/// so that a parser that reads no DTD takes them: RSS 0.91's DTD declares them, and feeds use them without one.
/// XML's own five and names HTML does not define are left as they are (a parser refuses those it was not told of).
/// </summary>
internal static partial class HtmlEntities
{
    public static string AsCharacterReferences(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (!xml.Contains('&', StringComparison.Ordinal))
        {
            return xml;
        }

        return Named().Replace(xml, reference =>
        {
            if (reference.Groups[1].Value is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                return reference.Value;
            }

            var decoded = WebUtility.HtmlDecode(reference.Value);
            if (decoded == reference.Value)
            {
                return reference.Value;
            }

            var numeric = new StringBuilder();
            foreach (var rune in decoded.EnumerateRunes())
            {
                numeric.Append("&#").Append(rune.Value).Append(';');
            }

            return numeric.ToString();
        });
    }

    [GeneratedRegex("&([A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
