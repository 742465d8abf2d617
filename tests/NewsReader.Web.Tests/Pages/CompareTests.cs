using NewsReader.Comparison;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages;

public sealed class CompareTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Fact]
    public async Task Comparison_shows_columns_and_colours_each_shared_entity_alike_in_both()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/compare?ids=1,2");

        page.QuerySelectorAll("article.column").Should().HaveCount(2);
        var legend = page.QuerySelectorAll(".legend a.chip.hl").ToDictionary(a => a.TextContent, a => a.ClassList.Single(c => c.StartsWith("hl-", StringComparison.Ordinal)));
        legend.Keys.Should().Contain(["Benjamin Netanyahu", "Rafah", "White House", "United States", "Washington, D.C."]);
        legend.Values.Should().OnlyHaveUniqueItems();
        foreach (var column in page.QuerySelectorAll("article.column"))
        {
            var netanyahu = column.QuerySelectorAll("a.mention").First(a => a.GetAttribute("title")!.StartsWith("Benjamin Netanyahu", StringComparison.Ordinal));
            netanyahu.ClassList.Should().Contain(legend["Benjamin Netanyahu"]);
        }
    }

    [Fact]
    public async Task What_only_one_outlet_mentions_is_listed_under_it_without_a_highlight()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/compare?ids=1&ids=2");

        var onlyHere = page.QuerySelectorAll("article.column").Select(c => c.QuerySelectorAll(".only a.chip").Select(a => a.TextContent).ToList()).ToList();
        onlyHere[0].Should().Contain(["Jake Sullivan", "Yoav Gallant", "Raleigh"]);
        onlyHere[1].Should().Contain(["Giorgia Meloni", "Cyprus"]);
        page.QuerySelectorAll("a.mention").Where(a => a.TextContent == "Giorgia Meloni").Should().OnlyContain(a => !a.ClassList.Contains("hl"));
    }

    [Fact]
    public async Task Sentences_are_aligned_and_what_only_one_outlet_reports_stands_alone()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/compare?ids=1,2");

        var rows = page.QuerySelectorAll("table.aligned tbody tr");
        rows.Where(r => r.ClassList.Contains("shared")).Should().NotBeEmpty("both seeds report the Rafah talks");
        rows.Where(r => r.ClassList.Contains("only-one")).Should().NotBeEmpty();
        var shared = rows.First(r => r.ClassList.Contains("shared")).QuerySelectorAll("td");
        shared.Should().HaveCount(3);
        shared.Take(2).Should().OnlyContain(td => !td.ClassList.Contains("missing"));
        double.Parse(shared[2].TextContent, System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(SentenceAlignment.MinimumScore, 1, "each aligned pair says how close it is");
    }

    [Fact]
    public async Task A_comparison_downloads_as_markdown_for_a_write_up()
    {
        var client = _factory.CreateClient();
        var page = await HtmlPage.GetAsync(client, "/compare?ids=1,2");
        var href = page.QuerySelector("a[download]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(new Uri(href, UriKind.Relative));
        var markdown = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("comparison-1-2.md");
        markdown.Should().StartWith("# Side by side: ").And.Contain("## What all of them report").And.Contain("## What only one of them reports").And.Contain("## Figures");
    }

    [Fact]
    public async Task The_claims_table_lists_figures_and_quotations_with_their_speakers()
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/compare?ids=1,2");

        page.QuerySelectorAll("table.figures tbody tr th").Select(th => th.TextContent).Should().Contain(t => t.StartsWith("people", StringComparison.Ordinal));
        page.QuerySelectorAll("table.figures .figure").Select(f => f.TextContent).Should().Contain("over 32,000 people");
        var quotes = page.QuerySelectorAll("table.quotes tbody tr").ToList();
        quotes.Should().NotBeEmpty();
        quotes.Select(r => r.QuerySelector("td")!.TextContent).Should().Contain(s => s != "not said");
    }

    [Fact]
    public async Task A_very_long_article_is_compared_by_its_beginning_and_the_page_says_so()
    {
        var paragraphs = Enumerable.Range(0, 2_500).Select(i => $"Senator Maria Lopez of Ohio spoke to the council in Columbus on day {i} of the session. The vote was delayed again by rain.");
        var id = await _factory.IngestTextAsync("long.txt", "The longest record of the session\n\n" + string.Join("\n\n", paragraphs) + "\n");

        var page = await HtmlPage.GetAsync(_factory.CreateClient(), $"/compare?ids={id},1");

        var columns = page.QuerySelectorAll("article.column");
        var column = columns[0];
        column.QuerySelector("[role=note]")!.TextContent.Should().Contain("MB): compared here are its first").And.Contain("characters");
        column.QuerySelector(".body")!.TextContent.Length.Should().BeLessThan(ComparisonPage.MaxComparedLength + 1_000);
        columns[^1].QuerySelector("[role=note]").Should().BeNull();
    }

    [Theory]
    [InlineData("/compare")]
    [InlineData("/compare?ids=1")]
    [InlineData("/compare?ids=1,abc")]
    [InlineData("/compare?ids=")]
    [InlineData("/compare?ids=1&ids=")]
    [InlineData("/compare?ids=&ids=")]
    public async Task Bad_article_choices_explain_what_to_do(string url)
    {
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), url);

        page.QuerySelector(".problem")!.TextContent.Should().Contain("Choose between 2 and");
    }

    [Fact]
    public async Task Asking_for_an_article_that_does_not_exist_is_a_404_that_names_it()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/compare?ids=1,999", UriKind.Relative));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("No article with id 999.").And.Contain("Choose articles on the home page");
    }

    public void Dispose() => _factory.Dispose();
}
