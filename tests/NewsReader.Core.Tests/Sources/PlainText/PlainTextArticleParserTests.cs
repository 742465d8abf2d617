using NewsReader.TestSupport;

namespace NewsReader.Sources.PlainText;

public sealed class PlainTextArticleParserTests
{
    /// <summary>The acceptance from ../shared/seeds/expected.json, copied so the tests run without ../shared.</summary>
    public static TheoryData<SeedExpectation> Seeds =>
    [
        new(
            "000_74888a945cd2ecf2.txt",
            "White House Holds Talks with Israel on Gaza Offensive Concerns",
            "NewsTrack",
            7,
            "In Washington, White House national security adviser Jake Sullivan",
            "Progress has reportedly been made in recent days.",
            [
                "Hamas Rejects Ceasefire Proposal, Accuses Israel of Ignoring Demands",
                "Gaza War Day-169: Israel's Offensive in Gaza Sparks International Concern",
                "UN Security Council Fails to Agree on Gaza Ceasefire; US Plan Vetoed by Russia and China",
            ],
            ["Share:", "Join NewsTrack Whatsapp group", "Related News"]),
        new(
            "004_d7be26c49e3a6d0f.txt",
            "US-Israel talks on Rafah ground offensive likely next week as Netanyahu refuses to budge",
            null,
            9,
            "A couple of days after Israeli Prime Minister Benjamin Netanyahu announced",
            "was a priority.",
            [],
            ["More from this category", "Advertisment", "Follow us on Facebook", "Search"]),
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_parses_as_expected(SeedExpectation expected)
    {
        var result = PlainTextArticleParser.Parse(File.ReadAllText(RepositoryPaths.Seed(expected.File)));

        result.Succeeded.Should().BeTrue(result.Error);
        var article = result.Value!;
        article.Title.Should().Be(expected.Title);
        article.Outlet.Should().Be(expected.Outlet);
        article.Paragraphs.Should().HaveCount(expected.Paragraphs);
        article.Paragraphs[0].Should().StartWith(expected.FirstParagraphStartsWith);
        article.Paragraphs[^1].Should().EndWith(expected.LastParagraphEndsWith);
        article.RelatedHeadlines.Should().Equal(expected.RelatedHeadlines);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_body_holds_no_clutter(SeedExpectation expected)
    {
        var article = PlainTextArticleParser.Parse(File.ReadAllText(RepositoryPaths.Seed(expected.File))).Value!;

        foreach (var clutter in expected.BoilerplateNotInBody)
        {
            article.Text.Should().NotContain(clutter);
        }

        article.Text.Should().NotContain(article.Title, "the repeated title line is dropped");
        article.Paragraphs.Should().OnlyContain(p => p.Trim().Length == p.Length && !p.Contains('\u00A0', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ferry plan approved\nBy Ana Ruiz and Tom Reed, Coastal Times\n\nThe council voted nine to two for the ferry plan on Tuesday.", "Ana Ruiz and Tom Reed, Coastal Times")]
    [InlineData("Ferry plan approved\nMarch 3, 2025\n\nThe council voted nine to two for the ferry plan on Tuesday.", null)]
    public void A_by_line_above_the_story_is_its_byline_and_never_its_text(string capture, string? byline)
    {
        var article = PlainTextArticleParser.Parse(capture).Value!;

        article.Byline.Should().Be(byline);
        article.Paragraphs.Should().Equal("The council voted nine to two for the ferry plan on Tuesday.");
    }

    [Fact]
    public void Paragraphs_are_separated_by_one_blank_line()
    {
        var article = PlainTextArticleParser.Parse("Headline here\n\nFirst paragraph has a sentence in it.\n\n\n\nSecond one also has a sentence.").Value!;

        article.Text.Should().Be("First paragraph has a sentence in it.\n\nSecond one also has a sentence.");
    }

    [Fact]
    public void Hard_wrapped_lines_join_into_one_paragraph()
    {
        var article = PlainTextArticleParser.Parse("Headline here\r\n\r\nThe minister said on Monday that the\r\ntalks would resume next week.\r\n").Value!;

        article.Paragraphs.Should().Equal("The minister said on Monday that the talks would resume next week.");
    }

    [Fact]
    public void Clutter_of_an_unseen_outlet_is_recognised_by_shape()
    {
        const string page = """
            Storm floods the coastal towns overnight
            By Staff Reporter
            Listen to this article

            Heavy rain flooded several coastal towns overnight, officials said on Tuesday.

            Newsletter

            Rescue teams reached the last stranded families by morning, the mayor said.

            Trending Now
            Five Things To Know About The New Budget Plan
            Sign up for Daily Briefing today
            """;

        var article = PlainTextArticleParser.Parse(page).Value!;

        article.Paragraphs.Should().Equal(
            "Heavy rain flooded several coastal towns overnight, officials said on Tuesday.",
            "Rescue teams reached the last stranded families by morning, the mayor said.");
        article.RelatedHeadlines.Should().BeEmpty("no related label introduces the headline-shaped line");
    }

    [Fact]
    public void Leading_capture_date_stamp_becomes_the_publication_date()
    {
        var article = PlainTextArticleParser.Parse(" date 2024-04-14 Rockets fired at the border town\n\nSeveral rockets were fired at the town overnight, the army said.").Value!;

        article.Title.Should().Be("Rockets fired at the border town");
        article.PublishedAt.Should().Be(new DateTime(2024, 4, 14, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Key_points_in_bullets_above_the_story_are_its_text_and_never_its_headline()
    {
        const string page = "* Rescue teams reached the stranded families in the hill villages on Tuesday\n\n"
            + "* The mayor of Porto said the coastal road would stay closed for a week\n\n"
            + "Jane Roe, Wire News\n\n"
            + "Heavy rain flooded several coastal towns overnight, officials said on Tuesday.";

        var article = PlainTextArticleParser.Parse(page).Value!;

        article.TitleDerived.Should().BeTrue();
        article.Title.Should().Be("Rescue teams reached the stranded families in the hill villages on Tuesday");
        article.Paragraphs.Should().Equal(
            "* Rescue teams reached the stranded families in the hill villages on Tuesday",
            "* The mayor of Porto said the coastal road would stay closed for a week",
            "Heavy rain flooded several coastal towns overnight, officials said on Tuesday.");
    }

    [Fact]
    public void A_short_bulleted_line_is_a_menu_entry_not_a_key_point() =>
        PlainTextArticleParser.Parse("Storm floods the coastal towns\n\n* Home\n\n* World news\n\nHeavy rain flooded several coastal towns overnight, officials said.")
            .Value!.Paragraphs.Should().Equal("Heavy rain flooded several coastal towns overnight, officials said.");

    [Theory]
    [InlineData("×\nStorm floods the coastal towns\n\nHeavy rain flooded several coastal towns overnight, officials said.")]
    [InlineData("Updated Apr 13, 2024 - World\n\nStorm floods the coastal towns\n\nHeavy rain flooded several coastal towns overnight, officials said.")]
    [InlineData("Monday, 01 April 2024 12:06 PM EDT\nStorm floods the coastal towns\n\nHeavy rain flooded several coastal towns overnight, officials said.")]
    [InlineData("November 3, 2025\nStorm floods the coastal towns\n\nHeavy rain flooded several coastal towns overnight, officials said.")]
    [InlineData("Tuesday, Nov. 4, 2025 8:15 a.m.\nStorm floods the coastal towns\n\nHeavy rain flooded several coastal towns overnight, officials said.")]
    public void Datelines_and_bare_marks_above_the_headline_are_not_the_title(string page)
    {
        PlainTextArticleParser.Parse(page).Value!.Title.Should().Be("Storm floods the coastal towns");
    }

    [Theory]
    [InlineData("", "no article body")]
    [InlineData(" \n\u00A0\n\t\n", "no article body")]
    [InlineData("Just a headline\n\nShare:\n\nAdvertisement", "no article body")]
    [InlineData("By Jane Roe\n\nListen Live\n\n0:00 / 3:12", "no article body")]
    public void Unreadable_text_is_refused_with_a_reason(string content, string reason)
    {
        var result = PlainTextArticleParser.Parse(content);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().StartWith(reason);
    }

    public sealed record SeedExpectation(
        string File,
        string Title,
        string? Outlet,
        int Paragraphs,
        string FirstParagraphStartsWith,
        string LastParagraphEndsWith,
        string[] RelatedHeadlines,
        string[] BoilerplateNotInBody)
    {
        public override string ToString() => File;
    }

    [Theory]
    [InlineData("Volunteers stack sandbags along the river in Hollis on May 2, 2024. (AP Photo/Jane Roe)")]
    [InlineData("Volunteers stack sandbags along the river in Hollis on May 2, 2024. Photograph: Jane Roe/EPA")]
    [InlineData("Volunteers stack sandbags along the river in Hollis on May 2, 2024. JANE ROE/POOL/AFP via Getty Images")]
    public void A_caption_within_the_story_is_kept_without_its_credit(string caption)
    {
        var article = PlainTextArticleParser.Parse($"""
            River rises in Hollis

            The river rose two feet overnight and the town opened its shelters to families living near the banks.

            {caption}

            The mayor said the water should fall again by Friday, weather permitting.
            """).Value!;

        article.Paragraphs.Should().Equal(
            "The river rose two feet overnight and the town opened its shelters to families living near the banks.",
            "Volunteers stack sandbags along the river in Hollis on May 2, 2024.",
            "The mayor said the water should fall again by Friday, weather permitting.");
    }

    [Fact]
    public void A_caption_above_the_story_is_neither_its_lead_nor_its_derived_headline_and_a_lone_credit_is_dropped()
    {
        var article = PlainTextArticleParser.Parse("""
            Volunteers stack sandbags along the river in Hollis on May 2, 2024. (AP Photo/Jane Roe)

            The river rose two feet overnight and the town opened its shelters to families living near the banks.

            (AP Photo/Jane Roe)

            The mayor said the water should fall again by Friday, weather permitting.
            """).Value!;

        article.TitleDerived.Should().BeTrue();
        article.Title.Should().StartWith("The river rose two feet overnight");
        article.Paragraphs.Should().HaveCount(2).And.NotContain(p => p.Contains("Roe", StringComparison.Ordinal) || p.Contains("sandbags", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lead_pictures_caption_above_the_headline_opens_the_story_without_its_credit_and_once()
    {
        var article = PlainTextArticleParser.Parse("""
            Volunteers stack sandbags along the river in Hollis on May 2, 2024. (AP Photo/Jane Roe)

            Volunteers stack sandbags along the river in Hollis on May 2, 2024. (AP Photo/Jane Roe)

            River rises in Hollis

            Total Views: 762

            The river rose two feet overnight and the town opened its shelters to families living near the banks.
            """).Value!;

        article.TitleDerived.Should().BeFalse();
        article.Title.Should().Be("River rises in Hollis");
        article.Paragraphs.Should().Equal(
            "Volunteers stack sandbags along the river in Hollis on May 2, 2024.",
            "The river rose two feet overnight and the town opened its shelters to families living near the banks.");
    }

    [Fact]
    public void A_caption_below_the_headline_and_above_the_first_sentence_opens_the_story_when_the_headline_is_the_captures()
    {
        var article = PlainTextArticleParser.Parse("""
            River rises in Hollis

            Volunteers stack sandbags along the river in Hollis on May 2, 2024. (AP Photo/Jane Roe)

            The river rose two feet overnight and the town opened its shelters to families living near the banks.
            """).Value!;

        article.Paragraphs.Should().Equal(
            "Volunteers stack sandbags along the river in Hollis on May 2, 2024.",
            "The river rose two feet overnight and the town opened its shelters to families living near the banks.");
    }

    [Theory]
    [InlineData("Photo: AFP")]
    [InlineData("Getty Images")]
    [InlineData("(AP Photo/Jane Roe)")]
    public void The_opening_pictures_caption_whose_credit_stands_on_the_next_line_is_kept_but_is_not_the_derived_headline(string credit)
    {
        var article = PlainTextArticleParser.Parse($"""
            Volunteers stack sandbags along the river in Hollis on May 2, 2024, as the water keeps rising.
            {credit}
            The river rose two feet overnight and the town opened its shelters to families living near the banks.
            The mayor said the water should fall again by Friday, weather permitting.
            """).Value!;

        article.TitleDerived.Should().BeTrue();
        article.Title.Should().StartWith("The river rose two feet overnight");
        article.Paragraphs.Should().HaveCount(3).And.NotContain(credit);
    }

    [Fact]
    public void An_opening_line_with_no_credit_under_it_is_still_the_derived_headline()
    {
        var article = PlainTextArticleParser.Parse("""
            Volunteers stacked sandbags along the river in Hollis on Thursday as the water kept rising.
            The river rose two feet overnight and the town opened its shelters to families living near the banks.
            """).Value!;

        article.Title.Should().StartWith("Volunteers stacked sandbags along the river");
    }

    [Fact]
    public void The_date_a_page_shows_above_its_story_is_the_publication_date()
    {
        var article = PlainTextArticleParser.Parse("""
            Updated Apr 13, 2024 - World

            River rises in Hollis

            Jane Roe

            Wednesday, April 10, 2024

            The river rose two feet overnight and the town opened its shelters to families living near the banks.

            More stories: Flood of May 2, 2021
            """).Value!;

        article.Title.Should().Be("River rises in Hollis");
        article.PublishedAt.Should().Be(new DateTime(2024, 4, 13, 0, 0, 0, DateTimeKind.Utc), "the first date above the story, before the headline too");
    }

    [Fact]
    public void A_capture_stamp_dates_the_article_before_any_date_the_page_shows()
    {
        var article = PlainTextArticleParser.Parse(" date 2024-04-14 River rises in Hollis\n\nMarch 27, 2024\n\nThe river rose two feet overnight and the town opened its shelters.").Value!;

        article.PublishedAt.Should().Be(new DateTime(2024, 4, 14, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void A_date_only_below_the_story_does_not_date_it()
    {
        var article = PlainTextArticleParser.Parse("""
            River rises in Hollis

            The river rose two feet overnight and the town opened its shelters to families living near the banks.

            May 2, 2021
            """).Value!;

        article.PublishedAt.Should().BeNull();
    }

    [Fact]
    public void A_capture_cut_off_in_mid_sentence_keeps_its_last_paragraph_as_the_markdown_reader_does()
    {
        var article = PlainTextArticleParser.Parse("""
            River rises in Hollis

            The river rose two feet overnight and the town opened its shelters to families living near the banks.

            The fire service has so far moved 40 families from the lower town, with the water having
            """).Value!;

        article.Paragraphs.Should().HaveCount(2);
        article.Paragraphs[^1].Should().EndWith("with the water having");
    }

    [Theory]
    [InlineData("The post River Rises In Hollis As Town Opens Its Shelters appeared first on Coastal News")]
    [InlineData("Share this story on Facebook")]
    public void A_last_line_that_is_no_running_text_is_not_taken_for_a_cut_off_ending(string line)
    {
        var article = PlainTextArticleParser.Parse($"""
            River rises in Hollis

            The river rose two feet overnight and the town opened its shelters to families living near the banks.

            {line}
            """).Value!;

        article.Paragraphs.Should().ContainSingle();
    }
}
