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

    /// <summary>
    /// Whether <paramref name="longer"/> is <paramref name="shorter"/> with words inserted between its first and last,
    /// which stay the same: "Maria Elena Santos" for "Maria Santos", "Crocus City Music Hall" for "Crocus City Hall".
    /// </summary>
    public static bool HasWordsBetween(IReadOnlyList<string> shorter, IReadOnlyList<string> longer)
    {
        ArgumentNullException.ThrowIfNull(shorter);
        ArgumentNullException.ThrowIfNull(longer);
        if (shorter.Count < 2 || longer.Count <= shorter.Count || shorter[0] != longer[0] || shorter[^1] != longer[^1])
        {
            return false;
        }

        var i = 0;
        foreach (var word in longer)
        {
            i += i < shorter.Count && word == shorter[i] ? 1 : 0;
        }

        return i == shorter.Count;
    }
}
