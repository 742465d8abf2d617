namespace NewsReader.Sources.Html;

public sealed class HtmlArticleReaderTests
{
    private const string Body = "<p>The council approved the plan on Tuesday, officials said, after a long debate in the chamber.</p>";

    [Fact]
    public void The_outlet_is_the_site_the_page_names_else_the_host_it_came_from()
    {
        var named = HtmlArticleReader.Read($"<html><head><title>Plan approved</title><meta property=\"og:site_name\" content=\"Coastal Times\"></head><body>{Body}</body></html>", new Uri("https://www.coastal.example/a"));
        var unnamed = HtmlArticleReader.Read($"<html><head><title>Plan approved</title></head><body>{Body}</body></html>", new Uri("https://www.coastal.example/a"));

        named.Value!.Outlet.Should().Be("Coastal Times");
        unnamed.Value!.Outlet.Should().Be("coastal.example");
        unnamed.Value.Paragraphs.Should().ContainSingle().Which.Should().StartWith("The council approved");
    }

    [Theory]
    [InlineData("<html><body><p>The council approved the plan on Tuesday, officials said.</p></body></html>", "no title")]
    [InlineData("<html><head><title>Menu</title></head><body><a href=\"/\">Home</a></body></html>", "no article body")]
    public void A_page_that_is_not_an_article_says_why(string html, string reason) =>
        HtmlArticleReader.Read(html, url: null).Error.Should().StartWith(reason);

    [Fact]
    public void A_page_nested_twenty_thousand_deep_is_refused_before_it_is_parsed()
    {
        var html = "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + Body + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>";

        HtmlArticleReader.Read(html, url: null).Error.Should().Be("not an article: its HTML nests 20,000 elements deep (the limit is 1,000)");
    }
}
