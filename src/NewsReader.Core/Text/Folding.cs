using System.Globalization;
using System.Text;

namespace NewsReader.Text;

/// <summary>
/// The one way text is folded for comparing: lower case (invariant) with accents removed ("Élysée" as "elysee").
/// Names (<see cref="Entities.EntityNames"/>), search snippets and URL slugs all compare through it.
/// </summary>
public static class Folding
{
    /// <summary>The text in lower case without accents, decomposed (canonical form D less its combining marks).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(char.IsAscii))
        {
            return text.ToLowerInvariant();
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
