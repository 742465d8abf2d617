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

    [Fact]
    public void A_page_is_published_at_its_canonical_address_else_its_og_url_else_where_it_was_fetched_and_says_who_wrote_it()
    {
        const string head = "<title>Plan approved</title><meta name=\"author\" content=\"By Ana Ruiz\">";
        var fetchedFrom = new Uri("https://mirror.example/copy?utm_source=feed");

        var canonical = HtmlArticleReader.Read($"<html><head>{head}<link rel=\"canonical\" href=\"https://www.coastal.example/plan\"><meta property=\"og:url\" content=\"https://coastal.example/og\"></head><body>{Body}</body></html>", fetchedFrom).Value!;
        var openGraph = HtmlArticleReader.Read($"<html><head>{head}<meta property=\"og:url\" content=\"https://coastal.example/og\"></head><body>{Body}</body></html>", fetchedFrom).Value!;
        var relative = HtmlArticleReader.Read($"<html><head>{head}<link rel=\"canonical\" href=\"/plan\"></head><body>{Body}</body></html>", fetchedFrom).Value!;
        var saved = HtmlArticleReader.Read($"<html><head>{head}</head><body>{Body}</body></html>", null).Value!;

        canonical.Url.Should().Be(new Uri("https://www.coastal.example/plan"));
        canonical.Outlet.Should().Be("coastal.example", "the outlet is the site of the address the page gives itself");
        canonical.Byline.Should().Be("Ana Ruiz");
        openGraph.Url.Should().Be(new Uri("https://coastal.example/og"));
        relative.Url.Should().Be(fetchedFrom, "a relative canonical link is not an address to cite");
        saved.Url.Should().BeNull();
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
