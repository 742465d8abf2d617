using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Articles;
using NewsReader.Entities;
using NewsReader.Storage;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages.Entities;

public sealed class DetailsTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Fact]
    public async Task Entity_page_shows_kind_name_and_each_article_with_the_sentence_around_the_mention()
    {
        var client = _factory.CreateClient();
        var search = await HtmlPage.GetAsync(client, "/search?q=netanyahu");
        var href = search.QuerySelectorAll(".entity-results a").Single(a => a.TextContent == "Benjamin Netanyahu").GetAttribute("href")!;

        var page = await HtmlPage.GetAsync(client, href);

        page.QuerySelector("h1")!.TextContent.Should().Be("Benjamin Netanyahu");
        page.QuerySelector(".kind-badge")!.TextContent.Should().Be("person");
        page.QuerySelectorAll("ol.mentions > li").Should().HaveCount(2);
        page.QuerySelectorAll("blockquote").Select(b => b.TextContent).Should()
            .Contain("Netanyahu took this action after the U.S. abstained from voting on a UN resolution demanding a ceasefire in Gaza.");
    }

    [Fact]
    public async Task A_name_in_more_articles_than_a_page_lists_says_how_many_and_pages_through_them()
    {
        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync())
        {
            var entity = new Entity { Kind = EntityKind.Person, Name = "Wide Walker", NormalizedName = "wide walker", ArticleCount = 60 };
            db.Articles.AddRange(Enumerable.Range(1, 60).Select(i => new Article
            {
                Title = $"Walker report {i}", Source = $"w{i}", Text = $"Wide Walker spoke on day {i}.", ContentHash = $"walker-{i}",
                Mentions = [new Mention { Start = 0, End = 11, Text = "Wide Walker", Entity = entity }],
            }));
            await db.SaveChangesAsync();
        }

        var client = _factory.CreateClient();
        var search = await HtmlPage.GetAsync(client, "/search?q=wide+walker");
        var page = await HtmlPage.GetAsync(client, search.QuerySelectorAll(".entity-results a").Single(a => a.TextContent == "Wide Walker").GetAttribute("href")!);

        var next = await HtmlPage.GetAsync(client, page.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);

        page.QuerySelectorAll("ol.mentions > li").Should().HaveCount(50);
        page.QuerySelector("nav.pager p")!.TextContent.Should().Be("1–50 of 60 articles");
        next.QuerySelectorAll("ol.mentions > li").Should().HaveCount(10);
        next.QuerySelector("ol.mentions")!.GetAttribute("start").Should().Be("51");
        next.QuerySelector("nav.pager p")!.TextContent.Should().Be("51–60 of 60 articles");
    }

    [Fact]
    public async Task Entity_page_charts_its_articles_over_time_and_marks_the_name_in_each_quoted_sentence()
    {
        int id;
        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync())
        {
            var entity = new Entity { Kind = EntityKind.Person, Name = "Dana Reyes", NormalizedName = "dana reyes", ArticleCount = 4 };
            int[] days = [1, 1, 3, 0];
            db.Articles.AddRange(days.Select((day, i) => new Article
            {
                Title = $"Reyes report {i}", Source = $"r{i}", Text = "Officials said Dana Reyes would speak.", ContentHash = $"reyes-{i}",
                PublishedAt = day == 0 ? null : new DateTime(2024, 6, day, 9, 0, 0, DateTimeKind.Utc),
                Mentions = [new Mention { Start = 15, End = 25, Text = "Dana Reyes", Entity = entity }],
            }));
            await db.SaveChangesAsync();
            id = entity.Id;
        }

        var page = await HtmlPage.GetAsync(_factory.CreateClient(), $"/entities/{id}");

        var chart = page.QuerySelector("figure.mention-chart")!;
        chart.QuerySelector("svg")!.GetAttribute("role").Should().Be("img");
        chart.QuerySelectorAll("rect title").Select(t => t.TextContent).Should().Equal("1 Jun 2024: 2 articles", "3 Jun 2024: 1 article");
        chart.QuerySelector("figcaption")!.TextContent.Should().Be(
            "Articles naming Dana Reyes by day, 1 Jun 2024 to 3 Jun 2024: most in 1 Jun 2024 (2 articles); 1 article without a date.");
        page.QuerySelectorAll("ol.mentions blockquote mark").Select(m => m.TextContent).Should().HaveCount(4).And.OnlyContain(m => m == "Dana Reyes");
    }

    [Fact]
    public async Task A_name_written_thousands_of_times_in_one_long_article_shows_its_first_sentences_and_the_count()
    {
        var paragraphs = Enumerable.Range(0, 2_500).Select(i => $"Senator Maria Lopez of Ohio spoke to the council in Columbus on day {i} of the session. The vote was delayed again by rain.");
        await _factory.IngestTextAsync("long.txt", "The longest record of the session\n\n" + string.Join("\n\n", paragraphs) + "\n");
        var client = _factory.CreateClient();
        var search = await HtmlPage.GetAsync(client, "/search?q=maria+lopez");
        var href = search.QuerySelectorAll(".entity-results a").First(a => a.TextContent == "Maria Lopez").GetAttribute("href")!;

        var page = await HtmlPage.GetAsync(client, href);

        var article = page.QuerySelectorAll("ol.mentions > li").Should().ContainSingle().Subject;
        article.QuerySelector(".meta")!.TextContent.Should().Contain("2500 mentions");
        article.QuerySelectorAll("blockquote").Select(b => b.TextContent).Should()
            .Equal(Enumerable.Range(0, 3).Select(i => $"Senator Maria Lopez of Ohio spoke to the council in Columbus on day {i} of the session."));
    }

    [Fact]
    public async Task Entity_page_shows_how_it_is_written_which_outlets_cover_it_and_who_comes_with_it()
    {
        var client = _factory.CreateClient();
        var search = await HtmlPage.GetAsync(client, "/search?q=netanyahu");
        var href = search.QuerySelectorAll(".entity-results a").Single(a => a.TextContent == "Benjamin Netanyahu").GetAttribute("href")!;

        var page = await HtmlPage.GetAsync(client, href);

        page.QuerySelectorAll("ul.aliases li").Select(li => li.TextContent.Trim()).Should().Equal("“Netanyahu” × 4", "“Benjamin Netanyahu” × 3");
        page.QuerySelectorAll("ul.outlets li").Select(li => li.TextContent.Trim()).Should().BeEquivalentTo("NewsTrack 1 article", "Unknown outlet 1 article");
        page.QuerySelectorAll(".entity-facts .chips a").Select(a => a.TextContent).Should().Contain(c => c.StartsWith("Joe Biden", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entity_page_lists_each_role_with_the_article_that_states_it()
    {
        var client = _factory.CreateClient();
        var search = await HtmlPage.GetAsync(client, "/search?q=sullivan");
        var href = search.QuerySelectorAll(".entity-results a").Single(a => a.TextContent == "Jake Sullivan").GetAttribute("href")!;

        var page = await HtmlPage.GetAsync(client, href);

        var role = page.QuerySelectorAll("ul.roles li").Should().ContainSingle().Subject;
        role.TextContent.Should().StartWith("national security adviser (White House) in White House Holds Talks");
        role.QuerySelector("a")!.GetAttribute("href").Should().StartWith("/articles/");
    }

    public void Dispose() => _factory.Dispose();
}
