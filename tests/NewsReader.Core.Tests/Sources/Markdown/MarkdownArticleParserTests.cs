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

    [Theory]
    [InlineData("author: Ana Ruiz\n", "The council voted nine to two on Tuesday.", "Ana Ruiz")]
    [InlineData("", "By Ana Ruiz and Tom Reed\n\nThe council voted nine to two on Tuesday.", "Ana Ruiz and Tom Reed")]
    [InlineData("", "The council voted nine to two on Tuesday.", null)]
    public void The_byline_is_the_front_matter_author_else_a_by_line_of_the_page(string front, string body, string? byline)
    {
        var article = MarkdownArticleParser.Parse($"---\ntitle: T\nurl: https://www.coastal.example/a\n{front}---\n{body}").Value!;

        article.Byline.Should().Be(byline);
        article.Url.Should().Be(new Uri("https://www.coastal.example/a"));
        article.Paragraphs.Should().Equal("The council voted nine to two on Tuesday.");
    }

    [Fact]
    public void The_outlet_falls_back_to_the_host_of_the_front_matter_url() =>
        MarkdownArticleParser.Parse("---\ntitle: T\nurl: https://www.coastal.example/a\n---\nThe council voted nine to two on Tuesday.").Value!.Outlet.Should().Be("coastal.example");

    [Theory]
    [InlineData("# Only a title\n", "no article body")]
    [InlineData("---\ntitle: Only a title\n---\nShare:\n\nBy Jane Roe\n", "no article body")]
    public void A_file_that_is_not_an_article_says_why(string markdown, string reason) =>
        MarkdownArticleParser.Parse(markdown).Error.Should().StartWith(reason);

    [Fact]
    public void Without_any_title_the_headline_is_derived_from_the_lead_and_flagged()
    {
        var result = MarkdownArticleParser.Parse("""
            ---
            title: null
            outlet: ~
            url: https://coastal.example/a
            ---
            The harbour reopened on Friday after three weeks of repairs. Ferries resumed at noon.

            Traders said business returned within hours.
            """);

        result.Value!.Title.Should().Be("The harbour reopened on Friday after three weeks of repairs");
        result.Value.TitleDerived.Should().BeTrue();
        result.Value.Outlet.Should().Be("coastal.example");
        result.Value.Paragraphs.Should().HaveCount(2);
    }

    [Fact]
    public void A_headline_shaped_first_paragraph_is_the_title_when_nothing_else_gives_one()
    {
        var result = MarkdownArticleParser.Parse("Council backs the new harbour plan\n\nThe council voted nine to two for the plan on Tuesday.");

        result.Value!.Title.Should().Be("Council backs the new harbour plan");
        result.Value.TitleDerived.Should().BeFalse();
        result.Value.Paragraphs.Should().Equal("The council voted nine to two for the plan on Tuesday.");
    }

    [Fact]
    public void A_capture_stamp_dates_the_article_and_never_stays_in_the_text()
    {
        var result = MarkdownArticleParser.Parse("---\ntitle: Council backs the plan\n---\n date 2025-02-11 The council voted nine to two for the plan on Tuesday.");

        result.Value!.PublishedAt.Should().Be(new DateTime(2025, 2, 11, 0, 0, 0, DateTimeKind.Utc));
        result.Value.Paragraphs.Should().Equal("The council voted nine to two for the plan on Tuesday.");
    }

    [Fact]
    public void Front_matter_dates_win_over_the_capture_stamp() =>
        MarkdownArticleParser.Parse("---\ntitle: T\ndate: 2025-03-01\n---\n date 2025-02-11 The council voted nine to two on Tuesday.")
            .Value!.PublishedAt.Should().Be(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void The_headline_repeated_at_the_top_of_the_body_is_not_text() =>
        MarkdownArticleParser.Parse("---\ntitle: Council backs the plan\n---\nCouncil backs the plan\n\nThe council voted nine to two on Tuesday.")
            .Value!.Paragraphs.Should().Equal("The council voted nine to two on Tuesday.");

    [Fact]
    public void Short_lines_above_the_first_sentence_are_not_text() =>
        MarkdownArticleParser.Parse("---\ntitle: Council backs the plan\n---\nAna Lima, Tom Reed\n\nLocal news\n\nThe council voted nine to two on Tuesday.\n\n## Next steps")
            .Value!.Paragraphs.Should().Equal("The council voted nine to two on Tuesday.", "Next steps");

    [Fact]
    public void A_saved_page_keeps_its_lines_apart_and_wrapped_text_stays_one_paragraph()
    {
        // The names below the first sentence are a byline line, as in a plain capture: not text.
        var result = MarkdownArticleParser.Parse(
            "---\ntitle: Council backs the plan\n---\nNovember 3, 2025\nThe council voted nine to two on Tuesday.\nAna Lima, Tom Reed\n\n"
            + "The port closed on Monday after the storm hit,\nofficials said, and reopened\nlate on Tuesday.");

        result.Value!.Paragraphs.Should().Equal(
            "The council voted nine to two on Tuesday.",
            "The port closed on Monday after the storm hit, officials said, and reopened late on Tuesday.");
    }

    [Fact]
    public void A_headline_byline_and_lead_on_consecutive_lines_are_not_joined_into_one_paragraph()
    {
        var result = MarkdownArticleParser.Parse(
            "---\ntitle: Harbour council approves the new ferry terminal plan\n---\n"
            + "Harbour council approves the new ferry terminal plan\nMaria Santos Published March 3, 2025 | 10:15 AM\n"
            + "The harbour council approved the new ferry terminal on Monday after two years of debate, clearing the way for construction to begin in the spring.");

        result.Value!.Paragraphs.Should().Equal(
            "The harbour council approved the new ferry terminal on Monday after two years of debate, clearing the way for construction to begin in the spring.");
    }

    [Fact]
    public void Text_wrapped_to_a_width_is_one_paragraph_even_where_a_line_starts_with_a_name()
    {
        var result = MarkdownArticleParser.Parse(
            "---\ntitle: Ferry plan approved\n---\n"
            + "The harbour council approved the new ferry terminal on Monday after a long\n"
            + "debate, and the mayor of the town said that the work would start soon with\n"
            + "Coastal Builders as the main contractor for the first stage of the project.");

        result.Value!.Paragraphs.Should().ContainSingle().Which.Should().StartWith("The harbour council").And.EndWith("of the project.");
    }

    [Fact]
    public void Key_points_listed_above_the_story_are_text()
    {
        var result = MarkdownArticleParser.Parse(
            "---\ntitle: Ferry plan approved\n---\n"
            + "* The council approved the terminal after two years of debate in the harbour town\n\n"
            + "* Construction starts in the spring with Coastal Builders as the contractor\n\n"
            + "Ana Lima, Harbour Gazette\n\n"
            + "The harbour council approved the new ferry terminal on Monday.");

        result.Value!.Paragraphs.Should().Equal(
            "The council approved the terminal after two years of debate in the harbour town",
            "Construction starts in the spring with Coastal Builders as the contractor",
            "The harbour council approved the new ferry terminal on Monday.");
    }

    public static TheoryData<string> DeeplyNestedBlocks => new()
    {
        new string('>', 10_000) + " Council approves harbour plan",
        string.Concat(Enumerable.Repeat("- ", 10_000)) + "Council approves harbour plan",
        string.Join('\n', Enumerable.Range(0, 2_200).Select(depth => new string(' ', depth * 2) + "- item " + depth)),
        string.Join('\n', Enumerable.Range(0, 2_200).Select(depth => new string('>', depth) + " quoted " + depth)),
    };

    [Theory]
    [MemberData(nameof(DeeplyNestedBlocks))]
    public void Blocks_nested_past_any_article_are_refused_with_a_reason_not_an_exception(string markdown)
    {
        var result = MarkdownArticleParser.Parse("# Council approves harbour plan\n\n" + markdown + "\n\nThe council approved the plan on Tuesday.");

        result.Succeeded.Should().BeFalse();
        result.Error.Should().StartWith("not an article: Markdown nested").And.Contain("levels deep");
    }

    [Theory]
    [InlineData('*', '*')]
    [InlineData('[', ']')]
    [InlineData('_', '_')]
    public void Inline_markup_nested_ten_thousand_deep_is_read_as_text(char open, char close)
    {
        var result = MarkdownArticleParser.Parse(
            "# Council approves harbour plan\n\n" + new string(open, 10_000) + "The council approved the plan on Tuesday." + new string(close, 10_000));

        result.Value!.Text.Should().Contain("The council approved the plan on Tuesday.");
    }

    [Fact]
    public void Quotes_in_lists_as_articles_write_them_are_read()
    {
        var result = MarkdownArticleParser.Parse("""
            # Council approves harbour plan

            The council approved the plan on Tuesday after a long debate.

            - The mayor said:
              > We waited ten years for this.
              > 1. First the quay.
            """);

        result.Value!.Text.Should().Contain("We waited ten years for this.");
    }

    [Fact]
    public void A_caption_within_the_story_is_kept_without_its_credit_as_in_a_plain_capture()
    {
        var article = MarkdownArticleParser.Parse("""
            # River rises in Hollis

            The river rose two feet overnight and the town opened its shelters to families living near the banks.

            Volunteers stack sandbags along the river in Hollis on May 2, 2024. JANE ROE/AFP via Getty Images

            The mayor said the water should fall again by Friday, weather permitting.
            """).Value!;

        article.Paragraphs.Should().Contain("Volunteers stack sandbags along the river in Hollis on May 2, 2024.")
            .And.NotContain(p => p.Contains("ROE", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lead_pictures_caption_above_the_story_opens_it_once_without_its_credit_when_the_page_gives_its_headline()
    {
        var article = MarkdownArticleParser.Parse("""
            ---
            title: River rises in Hollis
            ---
            Volunteers stack sandbags along the river in Hollis on May 2, 2024. (AP Photo/Jane Roe)

            Volunteers stack sandbags along the river in Hollis on May 2, 2024. (AP Photo/Jane Roe)

            The river rose two feet overnight and the town opened its shelters to families living near the banks.
            """).Value!;

        article.Paragraphs.Should().Equal(
            "Volunteers stack sandbags along the river in Hollis on May 2, 2024.",
            "The river rose two feet overnight and the town opened its shelters to families living near the banks.");
    }

    [Fact]
    public void A_caption_above_the_story_of_a_page_without_a_headline_is_furniture()
    {
        var article = MarkdownArticleParser.Parse("""
            Volunteers stack sandbags along the river in Hollis on May 2, 2024. (AP Photo/Jane Roe)

            The river rose two feet overnight and the town opened its shelters to families living near the banks.
            """).Value!;

        article.TitleDerived.Should().BeTrue();
        article.Paragraphs.Should().NotContain(p => p.Contains("sandbags", StringComparison.Ordinal));
    }

    [Fact]
    public void The_opening_pictures_caption_whose_credit_stands_on_the_next_line_is_not_the_derived_headline_as_in_a_plain_capture()
    {
        var article = MarkdownArticleParser.Parse("""
            Volunteers stack sandbags along the river in Hollis on May 2, 2024, as the water keeps rising.

            Photo: AFP

            The river rose two feet overnight and the town opened its shelters to families living near the banks.

            The mayor said the water should fall again by Friday, weather permitting.
            """).Value!;

        article.TitleDerived.Should().BeTrue();
        article.Title.Should().StartWith("The river rose two feet overnight");
        article.Paragraphs.Should().NotContain("Photo: AFP");
    }

    [Theory]
    [InlineData("", "2024-04-10")]
    [InlineData("---\npublished: 2024-04-12\n---\n", "2024-04-12")]
    public void The_date_a_saved_page_shows_above_its_story_dates_it_when_front_matter_does_not(string front, string expected)
    {
        var article = MarkdownArticleParser.Parse(front + """
            # River rises in Hollis

            Jane Roe

            Wednesday, April 10, 2024

            The river rose two feet overnight and the town opened its shelters to families living near the banks.
            """).Value!;

        article.PublishedAt.Should().Be(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal));
    }
}
