using System.Text;
using NewsReader.Articles;

namespace NewsReader.Sources;

/// <summary>Turns the bytes of an uploaded or saved file into text, refusing what is not text.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes UTF-8 (with or without BOM) and BOM-marked UTF-16; refuses empty, over-size, binary and invalid
    /// UTF-8 input with a reason a person can act on.
    /// </summary>
    public static Result<string> Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return Result<string>.Failure("empty file");
        }

        if (ArticleLimits.SizeProblem(bytes.Length) is { } tooLarge)
        {
            return Result<string>.Failure(tooLarge);
        }

        string text;
        if (bytes is [0xFF, 0xFE, ..] || bytes is [0xFE, 0xFF, ..])
        {
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes[2..]);
        }
        else
        {
            if (BinaryProblem(bytes) is { } binary)
            {
                return Result<string>.Failure(binary);
            }

            try
            {
                text = StrictUtf8.GetString(bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes[3..] : bytes);
            }
            catch (DecoderFallbackException ex)
            {
                return Result<string>.Failure($"not valid UTF-8 text (bad byte at offset {ex.Index})");
            }
        }

        return IsMostlyControlCharacters(text)
            ? Result<string>.Failure("binary file: it is mostly control characters")
            : string.IsNullOrWhiteSpace(text) ? Result<string>.Failure("blank file: no text in it") : Result<string>.Success(text);
    }

    /// <summary>
    /// Why bytes are not text at all, or null: NUL bytes, which no text has outside UTF-16 (marked by its byte-order
    /// mark). Every reader of text, pages and feeds asks this first.
    /// </summary>
    public static string? BinaryProblem(ReadOnlySpan<byte> bytes) =>
        bytes is not ([0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) && bytes.IndexOf((byte)0) >= 0 ? "binary file: it contains NUL bytes" : null;

    private static bool IsMostlyControlCharacters(string text)
    {
        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        return control > text.Length / 10;
    }
}
