using System.Security.Cryptography;
using System.Text;

namespace NewsReader.Ingestion;

/// <summary>
/// Identity of an article's content: the same title and cleaned text always give the same hash; and of its source:
/// the same bytes of a file or page always give the same hash, whatever a reader makes of them.
/// </summary>
public static class ContentHash
{
    public static string Of(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n\n" + text));
        return Convert.ToHexStringLower(bytes);
    }

    public static string OfSource(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }
}
