namespace NewsReader.Stories;

public sealed class StoryModelTests
{
    private static SimilarityScore Likeness(double entities, double text, bool sharesEvent = false, double? daysApart = 0, double? lead = null) =>
        new(0, entities, text, lead ?? text, sharesEvent, daysApart, []);

    [Fact]
    public void More_shared_names_and_words_make_one_event_likelier()
    {
        var model = StoryModel.Trained;

        model.Probability(Likeness(0.6, 0.5)).Should().BeGreaterThan(model.Probability(Likeness(0.3, 0.5)));
        model.Probability(Likeness(0.3, 0.6)).Should().BeGreaterThan(model.Probability(Likeness(0.3, 0.3)));
    }

    [Fact]
    public void Reports_far_apart_in_time_are_less_likely_one_event() =>
        StoryModel.Trained.Probability(Likeness(0.5, 0.5, daysApart: 60))
            .Should().BeLessThan(StoryModel.Trained.Probability(Likeness(0.5, 0.5, daysApart: 1)));

    [Fact]
    public void Unrelated_articles_are_not_one_story_and_near_copies_are()
    {
        var model = StoryModel.Trained;

        model.Probability(Likeness(0.05, 0.05)).Should().BeLessThan(model.JoinThreshold);
        model.Probability(Likeness(0.9, 0.9)).Should().BeGreaterThan(model.JoinThreshold);
    }

    [Fact]
    public void Features_come_in_the_order_of_the_weights()
    {
        var model = StoryModel.From([0.5, 1, 2, 3, 4, 5, 6], 0.4, 0.6);
        var likeness = Likeness(0.2, 0.3, sharesEvent: true, daysApart: null, lead: 0.1);
        var features = StoryModel.Features(likeness);

        features.Should().Equal(0.2, 0.3, 0.1, 1, 0, 1);
        model.Probability(likeness).Should().BeApproximately(1 / (1 + Math.Exp(-(0.5 + 0.2 + 0.6 + 0.3 + 4 + 6))), 1e-12);
        model.JoinThreshold.Should().Be(0.4);
        model.MergeThreshold.Should().Be(0.6);
    }

    [Fact]
    public void Merging_never_asks_less_than_joining() =>
        StoryModel.From([0.5, 1, 2, 3, 4, 5, 6], 0.5, 0.3).MergeThreshold.Should().Be(0.5);

    [Theory]
    [InlineData(0.3, 0.3)]
    [InlineData(0.7, 0.5)]
    [InlineData(-1, 0)]
    public void Splitting_never_asks_more_than_joining_and_zero_never_splits(double split, double expected) =>
        StoryModel.From([0.5, 1, 2, 3, 4, 5, 6], 0.5, 0.6, split).SplitThreshold.Should().Be(expected);
}
