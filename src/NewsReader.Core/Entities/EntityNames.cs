using System.Globalization;
using System.Text;

namespace NewsReader.Entities;

/// <summary>The one normal form of a name used to look entities up: case, accents, dots and spacing folded.</summary>
public static class EntityNames
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
