namespace NewsReader.Stories;

public sealed class StoryProfileTests
{
    private static readonly DateTime Tuesday = new(2024, 4, 2, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void A_timeline_counts_outlets_spans_the_dated_reports_marks_the_first_and_groups_copies_under_their_original()
    {
        var story = new StoryProfile(1, "Ferry fire", [
            new StoryArticle(10, "Ferry burns", false, "Coastal Times", Tuesday, null),
            new StoryArticle(11, "Ferry burns (wire)", false, "Harbour Post", Tuesday.AddHours(2), 10),
            new StoryArticle(12, "Crews fight ferry fire", false, "coastal times", Tuesday.AddDays(1), null),
            new StoryArticle(13, "Ferry fire: what we know", false, null, null, null),
        ], []);

        story.OutletCount.Should().Be(2, "outlets are counted once whatever their case, and an unknown one not at all");
        story.Span.Should().Be((Tuesday, Tuesday.AddDays(1)));
        story.FirstReportId.Should().Be(10);
        story.Originals.Select(a => a.Id).Should().Equal(10, 12, 13);
        story.CopiesOf(story.Articles[0]).Select(a => a.Id).Should().Equal(11);
    }

    [Fact]
    public void A_story_of_undated_reports_has_no_span_and_no_first_report()
    {
        var story = new StoryProfile(1, "Ferry fire", [new StoryArticle(10, "Ferry burns", false, null, null, null), new StoryArticle(11, "Ferry fire", false, null, null, null)], []);

        story.Span.Should().BeNull();
        story.FirstReportId.Should().BeNull();
        story.OutletCount.Should().Be(0);
    }

    [Fact]
    public void A_copy_of_an_article_outside_the_story_is_a_report_of_its_own_here()
    {
        var story = new StoryProfile(1, "Ferry fire", [new StoryArticle(10, "Ferry burns", false, "A", Tuesday, 99), new StoryArticle(11, "Ferry fire", false, "B", Tuesday, null)], []);

        story.Originals.Select(a => a.Id).Should().Equal(10, 11);
    }
}
