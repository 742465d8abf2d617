using System.Net;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages.Articles;

public sealed class DetailsTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Fact]
    public async Task Article_page_links_every_mention_to_its_entity_page()
    {
        var client = _factory.CreateClient();
        var home = await HtmlPage.GetAsync(client, "/");
        var link = home.QuerySelectorAll(".article-card h2 a").Single(a => a.TextContent.StartsWith("White House Holds", StringComparison.Ordinal));

        var page = await HtmlPage.GetAsync(client, link.GetAttribute("href")!);

        page.QuerySelector("h1")!.TextContent.Should().Be("White House Holds Talks with Israel on Gaza Offensive Concerns");
        page.QuerySelectorAll(".body p").Should().HaveCount(7);
        var mentions = page.QuerySelectorAll("a.mention");
        mentions.Select(a => a.TextContent).Should().Contain(["Jake Sullivan", "Sullivan", "Benjamin Netanyahu", "U.S.", "Raleigh"]);
        mentions.Should().OnlyContain(a => a.GetAttribute("href")!.StartsWith("/entities/", StringComparison.Ordinal));
        var sullivans = mentions.Where(a => a.TextContent.Contains("Sullivan", StringComparison.Ordinal)).Select(a => a.GetAttribute("href")).Distinct();
        sullivans.Should().ContainSingle("the surname links to the same person as the full name");
        mentions.Should().OnlyContain(a => a.GetAttribute("tabindex") == "-1", "the keyboard passes the text in one go");
        page.QuerySelectorAll("section.named a.chip").Select(a => a.GetAttribute("href")).Should()
            .BeEquivalentTo(mentions.Where(a => !a.ClassList.Contains("kind-event")).Select(a => a.GetAttribute("href")).Distinct(), "every name in the text is reachable once below it");
    }

    [Fact]
    public async Task An_article_page_links_to_the_original_and_shows_its_byline_publication_date_and_when_it_was_stored()
    {
        var cited = await _factory.IngestTextAsync("cited.md", "---\ntitle: Harbour council approves the ferry plan\nauthor: Ana Ruiz\npublished: 2024-04-03T09:30:00Z\n"
            + "url: https://www.coastal.example/ferry-plan\n---\nThe harbour council approved the ferry plan on Tuesday after a long debate.\n");
        var bare = await _factory.IngestTextAsync("bare.txt", "Harbour council meets again\n\nThe harbour council met again on Thursday to discuss the ferry plan.\n");
        var client = _factory.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/articles/{cited}");
        var undated = await HtmlPage.GetAsync(client, $"/articles/{bare}");

        var original = page.QuerySelector("a.original")!;
        original.GetAttribute("href").Should().Be("https://www.coastal.example/ferry-plan");
        original.TextContent.Should().Be("Original at coastal.example");
        original.GetAttribute("rel").Should().Contain("noopener");
        page.QuerySelector(".byline")!.TextContent.Should().Be("Ana Ruiz");
        page.QuerySelector("header .meta time")!.GetAttribute("datetime").Should().Be("2024-04-03");
        page.QuerySelector(".provenance")!.TextContent.Should().Contain("read from").And.Contain("cited.md").And.Contain("stored");
        undated.QuerySelector("header .meta")!.TextContent.Should().Contain("date unknown");
        undated.QuerySelector("a.original").Should().BeNull("a local file with no address has no original to link");
        undated.QuerySelector(".byline").Should().BeNull();
    }

    [Fact]
    public async Task A_very_long_article_is_read_a_part_at_a_time_with_links_between_the_parts()
    {
        var paragraphs = Enumerable.Range(0, 1_200).Select(i => $"Senator Maria Lopez of Ohio spoke to the council in Columbus on day {i} of the session. The vote was delayed again by rain.");
        var id = await _factory.IngestTextAsync("long.txt", "The longest record of the session\n\n" + string.Join("\n\n", paragraphs) + "\n");
        var client = _factory.CreateClient();

        var first = await HtmlPage.GetAsync(client, $"/articles/{id}");
        var next = first.QuerySelector("nav.parts a[rel=next]")!.GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(client, next);
        using var beyond = await client.GetAsync(new Uri($"/articles/{id}?part=99", UriKind.Relative));
        var last = second;
        var read = 2;
        while (last.QuerySelector("nav.parts a[rel=next]") is { } more && read < 20)
        {
            last = await HtmlPage.GetAsync(client, more.GetAttribute("href")!);
            read++;
        }


        first.QuerySelector("[role=note]")!.TextContent.Should().Contain("MB), shown in parts").And.EndWith("this is part 1.");
        first.QuerySelector(".body")!.TextContent.Should().Contain("on day 0 of the session").And.NotContain("on day 1199 ");
        first.QuerySelectorAll(".body a.mention").Should().Contain(a => a.TextContent == "Maria Lopez");
        next.Should().EndWith("?part=2");
        second.QuerySelector(".body")!.TextContent.Should().NotContain("on day 0 of the session");
        second.QuerySelectorAll(".body a.mention").Should().Contain(a => a.TextContent == "Maria Lopez");
        second.QuerySelector("nav.parts a[rel=prev]").Should().NotBeNull();
        beyond.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        read.Should().BeInRange(6, 10, "some 145,000 characters in parts of at most 20,000");
        last.QuerySelector(".body")!.TextContent.Should().Contain("on day 1199 of the session");
    }

    [Fact]
    public async Task Article_page_lists_related_headlines_and_related_articles_with_their_reasons()
    {
        var client = _factory.CreateClient();
        var home = await HtmlPage.GetAsync(client, "/");
        var href = home.QuerySelectorAll(".article-card h2 a").Single(a => a.TextContent.StartsWith("White House Holds", StringComparison.Ordinal)).GetAttribute("href")!;

        var page = await HtmlPage.GetAsync(client, href);

        var headlines = page.QuerySelectorAll("aside.related section:first-child li a");
        headlines.Select(a => a.TextContent).Should().HaveCount(3).And.Contain("Hamas Rejects Ceasefire Proposal, Accuses Israel of Ignoring Demands");
        headlines.Should().OnlyContain(a => a.GetAttribute("href")!.StartsWith("/search?q=", StringComparison.Ordinal), "none of them is ingested");
        var related = page.QuerySelectorAll("ul.sharing > li").Single();
        related.TextContent.Should().Contain("US-Israel talks on Rafah").And.Contain("same story");
        related.QuerySelectorAll(".chip").Should().HaveCount(3, "the three rarest entities they share are the reason");
        page.QuerySelector(".story-link a")!.GetAttribute("href").Should().MatchRegex("^/stories/[0-9]+$");
    }

    [Fact]
    public async Task Article_text_is_html_encoded_never_raw()
    {
        var id = await _factory.IngestTextAsync("hostile.txt",
            "Officials meet <b>again</b> in Geneva\n\nThe minister said <script>alert('x')</script> talks in Geneva would resume on Monday, officials said.\n");
        var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri($"/articles/{id}", UriKind.Relative));

        html.Should().NotContain("<script>alert").And.NotContain("<b>again</b>");
        html.Should().Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
    }

    [Fact]
    public async Task A_headline_derived_from_the_lead_says_so_on_the_article_page_and_in_lists()
    {
        var id = await _factory.IngestTextAsync("lead-first.txt",
            "The ferry company said on Wednesday that it would add two night crossings to Tallinn from June, citing record demand.\n\nTickets go on sale next week.\n");
        var client = _factory.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/articles/{id}");
        var home = await HtmlPage.GetAsync(client, "/");

        page.QuerySelector("h1")!.TextContent.Should().StartWith("The ferry company said on Wednesday").And.EndWith("…");
        page.QuerySelector(".derived-title")!.TextContent.Should().Contain("no headline");
        var card = home.QuerySelectorAll(".article-card h2").Single(h => h.TextContent.StartsWith("The ferry company", StringComparison.Ordinal));
        card.QuerySelector(".derived-mark").Should().NotBeNull();
        home.QuerySelectorAll(".article-card h2").Where(h => h.TextContent.StartsWith("White House Holds", StringComparison.Ordinal))
            .Should().ContainSingle().Which.QuerySelector(".derived-mark").Should().BeNull("the seed has its own headline");
    }

    [Fact]
    public async Task Unknown_article_is_a_404_page()
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri("/articles/9999", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Not found");
    }

    public void Dispose() => _factory.Dispose();
}
