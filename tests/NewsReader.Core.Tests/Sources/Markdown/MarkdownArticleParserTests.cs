namespace NewsReader.Sources.Markdown;

public sealed class MarkdownArticleParserTests
{
    [Fact]
    public void Front_matter_gives_the_title_outlet_and_publication_time_in_utc()
    {
        var result = MarkdownArticleParser.Parse("""
            ---
            title: "Council approves harbour plan"
            outlet: Coastal Times
            published: 2026-03-01T09:30:00+01:00
            url: https://coastal.example/harbour
            ---

            The council on Tuesday approved the plan.
            """);

        result.Value!.Title.Should().Be("Council approves harbour plan");
        result.Value.Outlet.Should().Be("Coastal Times");
        result.Value.PublishedAt.Should().Be(new DateTime(2026, 3, 1, 8, 30, 0, DateTimeKind.Utc));
        result.Value.Paragraphs.Should().Equal("The council on Tuesday approved the plan.");
    }

    [Fact]
    public void Without_front_matter_the_first_top_heading_is_the_title_and_the_body_keeps_headings_lists_and_quotes()
    {
        var result = MarkdownArticleParser.Parse("""
            # Storm closes the port

            The port closed on **Monday** after a [storm](https://example.com/storm) hit,
            officials said. ![a photo](photo.jpg)

            ## What happens next

            - Ferries are cancelled.
            - Schools stay open.

            > "We have never seen waves like this," a harbour master said.

            <div onclick="alert(1)">Raw <b>HTML</b> keeps its words only.</div>
            """);

        result.Value!.Title.Should().Be("Storm closes the port");
        result.Value.Paragraphs.Should().Equal(
            "The port closed on Monday after a storm hit, officials said.",
            "What happens next",
            "Ferries are cancelled.",
            "Schools stay open.",
            "\"We have never seen waves like this,\" a harbour master said.",
            "Raw HTML keeps its words only.");
    }

    [Fact]
    public void The_outlet_falls_back_to_the_host_of_the_front_matter_url() =>
        MarkdownArticleParser.Parse("---\ntitle: T\nurl: https://www.coastal.example/a\n---\nBody text here.").Value!.Outlet.Should().Be("coastal.example");

    [Theory]
    [InlineData("Just a paragraph with no heading.", "no title")]
    [InlineData("# Only a title\n", "no article body")]
    public void A_file_that_is_not_an_article_says_why(string markdown, string reason) =>
        MarkdownArticleParser.Parse(markdown).Error.Should().StartWith(reason);
}
