using System.Text;
using System.Text.RegularExpressions;

namespace NewsReader.Sources.Html;

/// <summary>
/// Turns a web page's bytes into text: a byte-order mark, then the served charset, then UTF-8 when the bytes are valid
/// UTF-8, then the page's own <c>&lt;meta charset&gt;</c> (or an XML declaration's encoding), else windows-1252.
/// Legacy encodings (ISO-8859-x, Shift_JIS, windows-125x…) come from the code-pages provider.
/// </summary>
public static partial class PageDecoder
{
    private const int MetaPrescanBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A page's <c>&lt;meta charset&gt;</c>, or an XML document's (a feed's, an XHTML page's) declared encoding.</summary>
    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*(?<name>[A-Za-z0-9_:.\-]+)|<\?xml[^>]+encoding\s*=\s*["'](?<name>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredCharset();

    public static Result<string> Decode(ReadOnlySpan<byte> bytes, string? servedCharset)
    {
        if (bytes.IsEmpty)
        {
            return Result<string>.Failure("empty file");
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0xEF, 0xBB, 0xBF, ..])
        {
            return TextDecoder.Decode(bytes);
        }

        if (TextDecoder.BinaryProblem(bytes) is { } binary)
        {
            return Result<string>.Failure(binary);
        }

        // Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the page declares: legacy-encoded text is
        // almost never valid UTF-8 by chance, while pages saved by a browser are often re-encoded and keep their old
        // meta charset. Only the server's word outranks that.
        var served = EncodingNamed(servedCharset);
        string? text = null;
        if (served is null or UTF8Encoding)
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: the page's own declaration, else windows-1252, the web's undeclared default.
            }
        }

        text ??= (served is null or UTF8Encoding ? null : served.GetString(bytes))
            ?? (EncodingNamed(DeclaredCharset().Match(Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaPrescanBytes)])) is { Success: true } m ? m.Groups["name"].Value : null) is { } declared and not UTF8Encoding
                ? declared
                : Encoding.GetEncoding(1252)).GetString(bytes);

        return string.IsNullOrWhiteSpace(text) ? Result<string>.Failure("blank file: no text in it") : Result<string>.Success(text);
    }

    private static Encoding? EncodingNamed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            // As browsers do: pages labelled ISO-8859-1 or ASCII are decoded as its superset windows-1252.
            return name.Trim().ToLowerInvariant() is "iso-8859-1" or "latin1" or "us-ascii" or "ascii"
                ? Encoding.GetEncoding(1252)
                : Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
