using System.Text;
using NewsReader.Text;

namespace NewsReader.Entities;

/// <summary>The one normal form of a name used to look entities up: case and accents folded (<see cref="Folding"/>), dots and spacing too.</summary>
public static class EntityNames
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in Folding.Fold(name))
        {
            if (c is '.')
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

            builder.Append(c is '’' or '‘' ? '\'' : c);
        }

        return builder.ToString();
    }
}
