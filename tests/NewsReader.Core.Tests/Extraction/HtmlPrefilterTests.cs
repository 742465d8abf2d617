namespace NewsReader.Extraction;

public sealed class HtmlPrefilterTests
{
    [Theory]
    [InlineData("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<p>a</p><SCRIPT type=\"text/javascript\">x()</SCRIPT ><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<style>p { color: red }</style><p>a</p><!-- note --><p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<p>a<svg><g><svg><text>x</text></svg></g></svg>b</p>", "<p>ab</p>")]
    [InlineData("<p>a<svg viewBox=\"0 0 1 1\"/>b</p>", "<p>ab</p>")]
    public void Scripts_styles_svg_and_comments_are_cut_before_parsing(string html, string expected) =>
        HtmlPrefilter.Strip(html).Should().Be(expected);

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"headline\":\"A\"}</script><p>a</p>")]
    [InlineData("<p>a</p><script>never closed")]
    [InlineData("<p>2 <scripts> and <styled-text>, a < b</p>")]
    [InlineData("<p>no markup to cut</p>")]
    public void Json_ld_lookalikes_and_unclosed_elements_are_kept(string html) =>
        HtmlPrefilter.Strip(html).Should().Be(html);
}
