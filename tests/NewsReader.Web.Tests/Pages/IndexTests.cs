using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages;

public sealed class IndexTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Fact]
    public async Task Home_lists_both_seeds_with_outlet_and_entity_chips()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/");

        var cards = page.QuerySelectorAll(".article-card");
        cards.Select(c => c.QuerySelector("h2")!.TextContent.Trim()).Should().BeEquivalentTo(
            "White House Holds Talks with Israel on Gaza Offensive Concerns",
            "US-Israel talks on Rafah ground offensive likely next week as Netanyahu refuses to budge");
        cards.Select(c => c.QuerySelector(".meta")!.TextContent.Trim()).Should().BeEquivalentTo("NewsTrack · date unknown", "Unknown outlet · date unknown");
        cards.Should().OnlyContain(c => c.QuerySelectorAll("a.chip[href^='/entities/']").Length > 0);
    }

    [Fact]
    public async Task Home_offers_a_comparison_form_that_works_without_javascript()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/");

        var form = page.QuerySelector("form[action='/compare']");
        form.Should().NotBeNull();
        form!.GetAttribute("method").Should().Be("get");
        form.QuerySelectorAll("input[type=checkbox][name=ids]").Should().HaveCount(2);
    }

    public void Dispose() => _factory.Dispose();
}
