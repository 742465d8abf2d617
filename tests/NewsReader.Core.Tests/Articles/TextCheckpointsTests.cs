using System.Buffers.Binary;
using System.Text;

namespace NewsReader.Articles;

public sealed class TextCheckpointsTests
{
    [Theory]
    [InlineData("plain ascii")]
    [InlineData("Zürich, Köln and Łódź")]
    [InlineData("中文新闻，三个字节的字符")]
    [InlineData("News \U0001F4F0 and \U0001F4F0\U0001F4F0 emoji of four bytes and a surrogate pair each")]
    public void Counts_the_utf16_units_a_text_has(string text) =>
        TextCheckpoints.Utf16Units(Encoding.UTF8.GetBytes(text)).Should().Be(text.Length);

    [Fact]
    public void Runs_that_cut_a_character_add_up_to_the_whole()
    {
        var bytes = Encoding.UTF8.GetBytes("a\U0001F4F0b中c");

        for (var cut = 0; cut <= bytes.Length; cut++)
        {
            (TextCheckpoints.Utf16Units(bytes.AsSpan(0, cut)) + TextCheckpoints.Utf16Units(bytes.AsSpan(cut))).Should().Be(6);
        }
    }

    [Fact]
    public void A_text_shorter_than_one_interval_has_none()
    {
        TextCheckpoints.Of(new string('x', TextCheckpoints.Interval - 1)).Should().BeNull();
        TextCheckpoints.Nearest(null, 1_000_000).Should().Be((0L, 0));
    }

    [Fact]
    public void Each_checkpoint_holds_the_units_before_its_byte_and_the_nearest_is_at_or_before_the_byte_asked()
    {
        // Mixed widths, so that checkpoints fall inside characters of two, three and four bytes.
        var text = string.Concat(Enumerable.Range(0, 80_000).Select(i => (i % 4) switch { 0 => "a", 1 => "é", 2 => "中", _ => "\U0001F4F0" }));
        var bytes = Encoding.UTF8.GetBytes(text);

        var checkpoints = TextCheckpoints.Of(text)!;

        checkpoints.Length.Should().Be(bytes.Length / TextCheckpoints.Interval * sizeof(int));
        for (var k = 1; k <= checkpoints.Length / sizeof(int); k++)
        {
            BinaryPrimitives.ReadInt32LittleEndian(checkpoints.AsSpan((k - 1) * sizeof(int)))
                .Should().Be(TextCheckpoints.Utf16Units(bytes.AsSpan(0, k * TextCheckpoints.Interval)));
        }

        foreach (var at in new long[] { 0, TextCheckpoints.Interval - 1, TextCheckpoints.Interval, (2 * TextCheckpoints.Interval) + 7, bytes.Length })
        {
            var (from, unitsBefore) = TextCheckpoints.Nearest(checkpoints, at);
            from.Should().BeLessThanOrEqualTo(at).And.BeGreaterThan(at - TextCheckpoints.Interval - 1);
            (unitsBefore + TextCheckpoints.Utf16Units(bytes.AsSpan((int)from, (int)(at - from))))
                .Should().Be(TextCheckpoints.Utf16Units(bytes.AsSpan(0, (int)at)));
        }
    }
}
