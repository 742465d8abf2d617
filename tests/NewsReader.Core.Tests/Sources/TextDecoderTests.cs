using System.Text;
using NewsReader.Articles;

namespace NewsReader.Sources;

public sealed class TextDecoderTests
{
    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i' }, "Hi")]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'H', 0, (byte)'i', 0 }, "Hi")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'H', 0, (byte)'i' }, "Hi")]
    [InlineData(new byte[] { (byte)'c', 0xC3, 0xA9 }, "cé")]
    public void Text_in_utf8_or_marked_utf16_is_decoded(byte[] bytes, string expected)
    {
        TextDecoder.Decode(bytes).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { (byte)' ', (byte)'\n', (byte)'\t' }, "blank file")]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 0x0D }, "binary file")]
    [InlineData(new byte[] { (byte)'a', 0xC3, 0x28, (byte)'b' }, "not valid UTF-8")]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, (byte)'a' }, "binary file")]
    public void What_is_not_text_is_refused_with_a_reason(byte[] bytes, string reason)
    {
        var result = TextDecoder.Decode(bytes);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().StartWith(reason);
    }

    [Fact]
    public void Input_past_the_size_limit_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', (int)ArticleLimits.MaxFileBytes + 1));

        TextDecoder.Decode(bytes).Error.Should().StartWith("too large");
    }
}
