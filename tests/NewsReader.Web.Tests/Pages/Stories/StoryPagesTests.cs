using System.Net;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages.Stories;

public sealed class StoryPagesTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Fact]
    public async Task The_seeds_are_one_story_listed_with_both_articles_and_a_compare_button()
    {
        var client = _factory.CreateClient();
        var list = await HtmlPage.GetAsync(client, "/stories");
        var story = list.QuerySelectorAll(".story-card").Single();
        story.TextContent.Should().Contain("2 articles").And.Contain("NewsTrack");
        var meta = System.Text.RegularExpressions.Regex.Replace(story.QuerySelector(".meta")!.TextContent, @"\s+", " ").Trim();
        meta.Should().StartWith("2 articles from NewsTrack").And.NotContain("@").And.NotContain("{", "the line is rendered, not its template");

        var page = await HtmlPage.GetAsync(client, story.QuerySelector("a")!.GetAttribute("href")!);

        page.QuerySelectorAll(".article-card h3 a").Should().HaveCount(2);
        var form = page.QuerySelector("form[action='/compare'][method=get]")!;
        form.QuerySelectorAll("input[type=checkbox][name=ids][checked]").Should().HaveCount(2, "every report is ticked to compare, and any may be unticked");
        form.QuerySelector("button[type=submit]").Should().NotBeNull();
        System.Text.RegularExpressions.Regex.Replace(page.QuerySelector(".story-facts")!.TextContent, @"\s+", " ").Trim()
            .Should().Be("2 articles from 1 outlet (1 of unknown outlet) · no article is dated", "one seed names its outlet and neither is dated");
        page.QuerySelectorAll(".shared-entities .chip").Select(c => c.TextContent)
            .Should().Contain(["Benjamin Netanyahu", "Rafah", "Rafah ground offensive", "White House"]);
    }

    [Fact]
    public async Task Each_report_says_which_report_it_was_filed_with_at_what_likeness_and_the_rarest_names_both_give()
    {
        var client = _factory.CreateClient();
        var list = await HtmlPage.GetAsync(client, "/stories");
        var page = await HtmlPage.GetAsync(client, list.QuerySelector(".story-card a")!.GetAttribute("href")!);

        var cards = page.QuerySelectorAll(".article-card");
        cards.Should().HaveCount(2);
        foreach (var card in cards)
        {
            var own = card.QuerySelector("h3 a")!.GetAttribute("href");
            var reason = card.QuerySelector(".filing-reason");
            reason.Should().NotBeNull("the seeds were filed together, each with the other");
            var with = reason!.QuerySelector("a")!.GetAttribute("href");
            with.Should().NotBe(own).And.Be(cards.Single(c => c != card).QuerySelector("h3 a")!.GetAttribute("href"));
            System.Text.RegularExpressions.Regex.Replace(reason.TextContent, @"\s+", " ").Should().MatchRegex(@"\(likeness \d+%\)\. Rarest names both give: \S");
            reason.QuerySelectorAll(".chip").Should().HaveCountGreaterThan(0).And.HaveCountLessThanOrEqualTo(3);
        }
    }

    [Fact]
    public async Task The_home_page_shows_stories_first_and_can_show_stories_instead_of_articles()
    {
        var client = _factory.CreateClient();

        var home = await HtmlPage.GetAsync(client, "/");
        var storiesOnly = await HtmlPage.GetAsync(client, "/?view=stories");

        home.QuerySelectorAll(".latest-stories .story-card").Should().ContainSingle();
        home.QuerySelectorAll(".article-card").Should().HaveCount(2);
        storiesOnly.QuerySelectorAll(".story-card").Should().ContainSingle();
        storiesOnly.QuerySelectorAll(".article-card").Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_story_is_not_found()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/stories/9999", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    public void Dispose() => _factory.Dispose();
}
