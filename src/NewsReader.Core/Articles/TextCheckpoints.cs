using System.Buffers.Binary;
using System.Text;

namespace NewsReader.Articles;

/// <summary>
/// Where a long article's text stands in UTF-16 units (as mentions are placed) at every <see cref="Interval"/> bytes
/// of its stored UTF-8, written at ingest, so that a part deep in the text is placed by counting at most that many
/// bytes rather than all the bytes before it (<see cref="StoredText.PartAsync"/>). Kept for texts of at least one
/// interval; a store ingested before they existed has none, and its deep parts count from the start.
/// </summary>
public sealed class TextCheckpoints
{
    public const int Interval = 65_536;

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>UTF-16 units before byte k·<see cref="Interval"/> for k = 1, 2, …, as 32-bit little-endian integers.</summary>
    public required byte[] UnitsBefore { get; set; }

    /// <summary>The checkpoints of <paramref name="text"/>, or null when it is shorter than one interval.</summary>
    public static byte[]? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var count = bytes.Length / Interval;
        if (count == 0)
        {
            return null;
        }

        var unitsBefore = new byte[count * sizeof(int)];
        var units = 0;
        for (var k = 1; k <= count; k++)
        {
            units += Utf16Units(bytes.AsSpan((k - 1) * Interval, Interval));
            BinaryPrimitives.WriteInt32LittleEndian(unitsBefore.AsSpan((k - 1) * sizeof(int)), units);
        }

        return unitsBefore;
    }

    /// <summary>
    /// The bytes from which to count to reach byte <paramref name="bytes"/>, and the UTF-16 units before them:
    /// the last checkpoint at or before it, or the start when there are none.
    /// </summary>
    public static (long From, int UnitsBefore) Nearest(byte[]? unitsBefore, long bytes)
    {
        var k = unitsBefore is null ? 0 : (int)Math.Min(bytes / Interval, unitsBefore.Length / sizeof(int));
        return k == 0 ? (0, 0) : ((long)k * Interval, BinaryPrimitives.ReadInt32LittleEndian(unitsBefore.AsSpan((k - 1) * sizeof(int))));
    }

    /// <summary>
    /// UTF-16 units that the UTF-8 bytes encode, each character counted at its first byte (one unit, two from a
    /// four-byte character's), so that counts of consecutive runs add up even where a run cuts a character.
    /// </summary>
    public static int Utf16Units(ReadOnlySpan<byte> utf8)
    {
        var units = utf8.Length;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) == 0x80)
            {
                units--;
            }
            else if (b >= 0xF0)
            {
                units++;
            }
        }

        return units;
    }
}
