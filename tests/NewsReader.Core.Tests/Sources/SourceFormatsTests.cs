namespace NewsReader.Sources;

public sealed class SourceFormatsTests
{
    [Theory]
    [InlineData("a.txt", null, "Headline", SourceFormat.PlainText)]
    [InlineData("a.HTML", null, "whatever", SourceFormat.Html)]
    [InlineData("notes.md", null, "# Title", SourceFormat.Markdown)]
    [InlineData("feed.rss", null, "<rss>", SourceFormat.Feed)]
    [InlineData("page", null, "<!DOCTYPE html><html><body>x</body></html>", SourceFormat.Html)]
    [InlineData("feed", null, "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", SourceFormat.Feed)]
    [InlineData("https://example.com/story?id=3", "text/html", "<p>x</p>", SourceFormat.Html)]
    [InlineData("https://example.com/feed", "application/xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">", SourceFormat.Feed)]
    [InlineData("https://example.com/a.md", "text/plain", "# Title", SourceFormat.PlainText)]
    [InlineData("https://example.com/feed", "text/plain", "<rss version=\"2.0\">", SourceFormat.Feed)]
    [InlineData("https://example.com/post.md?raw=1", null, "# Title", SourceFormat.Markdown)]
    public void The_format_comes_from_the_media_type_then_the_name_then_the_content(string name, string? mediaType, string content, SourceFormat expected) =>
        SourceFormats.Detect(name, mediaType, System.Text.Encoding.UTF8.GetBytes(content)).Should().Be(expected);
}
