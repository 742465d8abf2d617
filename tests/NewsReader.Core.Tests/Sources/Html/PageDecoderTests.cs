using System.Text;

namespace NewsReader.Sources.Html;

public sealed class PageDecoderTests
{
    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_page_in_a_legacy_encoding_is_read_by_its_meta_charset()
    {
        var bytes = Encoding.GetEncoding("iso-8859-7").GetBytes("<html><head><meta charset=\"iso-8859-7\"></head><body>Αθήνα</body></html>");

        PageDecoder.Decode(bytes, servedCharset: null).Value.Should().Contain("Αθήνα");
    }

    [Fact]
    public void Valid_utf8_is_utf8_even_when_the_page_still_declares_its_old_charset()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>人工智能</body></html>");

        PageDecoder.Decode(bytes, servedCharset: null).Value.Should().Contain("人工智能");
    }

    [Fact]
    public void The_served_charset_outranks_the_page()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("<meta charset=\"utf-8\"><p>Москва</p>");

        PageDecoder.Decode(bytes, servedCharset: "windows-1251").Value.Should().Contain("Москва");
    }

    [Fact]
    public void Undeclared_bytes_that_are_not_utf8_are_windows_1252() =>
        PageDecoder.Decode([(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'q', 0x94], servedCharset: null).Value.Should().Be("Café \u201Cq\u201D");

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>Zürich</p>")).ToArray();

        PageDecoder.Decode(bytes, servedCharset: null).Value.Should().Be("<p>Zürich</p>");
    }

    [Fact]
    public void Binary_bytes_are_refused() =>
        PageDecoder.Decode([0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13], servedCharset: null).Error.Should().StartWith("binary file");
}
