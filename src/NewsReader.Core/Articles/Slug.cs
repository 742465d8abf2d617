using System.Text;
using NewsReader.Text;

namespace NewsReader.Articles;

/// <summary>The readable tail of a URL: "white-house-holds-talks-with-israel".</summary>
public static class Slug
{
    private const int MaxLength = 80;

    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(Math.Min(title.Length, MaxLength));
        foreach (var c in Folding.Fold(title))
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '/') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
