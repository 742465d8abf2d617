namespace NewsReader.Sources.PlainText;

/// <summary>
/// Real captures often start with the story's first sentence, a byline, a date stamp or page furniture rather than a
/// headline. None is refused: the headline is then derived from the lead and flagged as derived. Texts written here.
/// </summary>
public sealed class CaptureWithoutHeadlineTests
{
    private const string LongLead =
        "The regional water authority said on Thursday that it would spend two billion euros over the next decade on "
        + "new reservoirs, after three dry summers left several towns rationing tap water.";

    [Fact]
    public void A_capture_that_starts_with_its_lead_gets_a_derived_headline_cut_at_a_word()
    {
        var article = PlainTextArticleParser.Parse(LongLead + "\n\nFarmers welcomed the plan but said it came too late for this year's harvest.").Value!;

        article.TitleDerived.Should().BeTrue();
        article.Title.Should().Be("The regional water authority said on Thursday that it would spend two billion euros over…");
        article.Title.Length.Should().BeLessThanOrEqualTo(LeadHeadline.MaxLength);
        article.Paragraphs.Should().HaveCount(2).And.StartWith(LongLead);
    }

    [Fact]
    public void A_short_first_sentence_is_the_headline_without_its_full_stop()
    {
        var article = PlainTextArticleParser.Parse(
            "The harbour reopened on Friday after three weeks of repairs. Ferries resumed their timetable at noon.\n\nTraders said business returned within hours.").Value!;

        article.Title.Should().Be("The harbour reopened on Friday after three weeks of repairs");
        article.TitleDerived.Should().BeTrue();
    }

    [Theory]
    [InlineData("LISBON (Reuters) – Portugal's parliament approved a new housing law on Wednesday after a long debate.")]
    [InlineData("Porto, Portugal: Portugal's parliament approved a new housing law on Wednesday after a long debate.")]
    [InlineData("KYIV — Portugal's parliament approved a new housing law on Wednesday after a long debate.")]
    public void The_dateline_before_the_lead_is_not_part_of_the_headline(string lead) =>
        PlainTextArticleParser.Parse(lead + "\n\nThe law caps rent rises for three years in the largest cities.").Value!.Title
            .Should().Be("Portugal's parliament approved a new housing law on Wednesday after a long debate");

    [Fact]
    public void A_date_stamp_dates_the_capture_and_a_byline_after_it_is_neither_headline_nor_text()
    {
        var article = PlainTextArticleParser.Parse(
            " date 2025-02-11 By Maria Santos and Tom Reed\n\nVolunteers cleared the beach of plastic on Saturday, collecting four tonnes in six hours.\n\nThe council thanked them.").Value!;

        article.PublishedAt.Should().Be(new DateTime(2025, 2, 11, 0, 0, 0, DateTimeKind.Utc));
        article.Title.Should().Be("Volunteers cleared the beach of plastic on Saturday, collecting four tonnes in six hours");
        article.Text.Should().NotContain("Maria Santos").And.NotContain("date 2025");
    }

    [Fact]
    public void A_byline_above_the_headline_is_skipped_and_the_headline_is_the_outlets()
    {
        var article = PlainTextArticleParser.Parse(
            "By JANE ROE, Harbour Gazette\n\nCouncil backs the new harbour plan\n\nThe council voted nine to two for the plan on Tuesday evening.").Value!;

        article.Title.Should().Be("Council backs the new harbour plan");
        article.TitleDerived.Should().BeFalse();
    }

    [Theory]
    [InlineData("We use cookies to improve your experience on our site. By continuing you accept our cookie policy.")]
    [InlineData("Sign up for our morning newsletter and get the day's news in your inbox.")]
    [InlineData("Listen Live\nUp Next:\n0:00 / 3:12")]
    public void Furniture_above_the_story_is_neither_headline_nor_text(string furniture)
    {
        var article = PlainTextArticleParser.Parse(
            furniture + "\n\nCouncil backs the new harbour plan\n\nThe council voted nine to two for the plan on Tuesday evening.").Value!;

        article.Title.Should().Be("Council backs the new harbour plan");
        article.Paragraphs.Should().Equal("The council voted nine to two for the plan on Tuesday evening.");
    }

    [Fact]
    public void The_lead_pictures_caption_above_the_headline_is_no_headline_but_the_storys_first_paragraph()
    {
        var article = PlainTextArticleParser.Parse(
            "Rescue crews at the scene on Tuesday. (Photo: Ana Lima/Harbour Gazette)\n\nCouncil backs the new harbour plan\n\nThe council voted nine to two for the plan on Tuesday evening.").Value!;

        article.Title.Should().Be("Council backs the new harbour plan");
        article.Paragraphs.Should().Equal("Rescue crews at the scene on Tuesday.", "The council voted nine to two for the plan on Tuesday evening.");
    }

    [Theory]
    [InlineData("Council backs the new harbour planBy Jane Roe")]
    [InlineData("Council backs the new harbour planBy …")]
    [InlineData("Council backs the new harbour plan10:45")]
    public void What_the_capture_glued_to_the_headline_is_taken_off(string firstLine) =>
        PlainTextArticleParser.Parse(firstLine + "\n\nThe council voted nine to two for the plan on Tuesday evening.").Value!.Title
            .Should().Be("Council backs the new harbour plan");

    [Theory]
    [InlineData("Storm damage spreads across the U.S.")]
    [InlineData("Who pays for the new harbour?")]
    [InlineData("Council backs the new harbour plan")]
    public void A_headline_stays_the_headline_even_with_an_abbreviation_or_question_at_its_end(string headline)
    {
        var article = PlainTextArticleParser.Parse(headline + "\n\nThe council voted nine to two for the plan on Tuesday evening.").Value!;

        article.Title.Should().Be(headline);
        article.TitleDerived.Should().BeFalse();
    }
}
