namespace NewsReader.Entities;

public sealed class MentionTimelineTests
{
    private static DateTime? Day(int year, int month, int day) => new DateTime(year, month, day, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_few_weeks_of_news_go_by_day_with_quiet_days_as_zero()
    {
        var timeline = MentionTimeline.Of([Day(2024, 4, 1), Day(2024, 4, 1), Day(2024, 4, 4), null]);

        timeline.Step.Should().Be(TimelineStep.Day);
        timeline.Bars.Select(b => (b.Start.Day, b.Articles)).Should().Equal((1, 2), (2, 0), (3, 0), (4, 1));
        (timeline.Undated, timeline.Counted, timeline.Peak).Should().Be((1, 4, 2));
    }

    [Fact]
    public void Months_of_news_go_by_month_and_years_of_it_by_year()
    {
        var months = MentionTimeline.Of([Day(2023, 11, 20), Day(2024, 2, 3), Day(2024, 2, 28)]);
        var years = MentionTimeline.Of([Day(2015, 6, 1), Day(2024, 2, 3)]);

        months.Step.Should().Be(TimelineStep.Month);
        months.Bars.Select(b => (b.Start, b.Articles)).Should().Equal(
            (new DateOnly(2023, 11, 1), 1), (new DateOnly(2023, 12, 1), 0), (new DateOnly(2024, 1, 1), 0), (new DateOnly(2024, 2, 1), 2));
        years.Step.Should().Be(TimelineStep.Year);
        years.Bars.Should().HaveCount(10);
        years.Bars.Sum(b => b.Articles).Should().Be(2);
    }

    [Fact]
    public void Only_undated_articles_give_no_bars()
    {
        var timeline = MentionTimeline.Of([null, null]);

        (timeline.Bars.Count, timeline.Undated).Should().Be((0, 2));
    }
}
