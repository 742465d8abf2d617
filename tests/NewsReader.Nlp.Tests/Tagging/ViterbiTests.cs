namespace NewsReader.Nlp.Tagging;

public sealed class ViterbiTests
{
    [Fact]
    public void An_inside_tag_is_reached_only_through_a_begin_tag()
    {
        var emissions = new float[2 * EntityTags.Count];
        emissions[EntityTags.Outside] = 5;
        emissions[EntityTags.Count + EntityTags.Inside(0)] = 10;
        emissions[EntityTags.Count + EntityTags.Outside] = 1;

        var path = Viterbi.Decode(emissions, 2, new float[(EntityTags.Count + 1) * EntityTags.Count], new TaggingScratch());

        // O then I-PER would score 15, but BIO forbids it: the best legal path opens the entity with B-PER.
        path.Should().Equal(EntityTags.Begin(0), EntityTags.Inside(0));
    }

    [Fact]
    public void Transitions_can_tip_the_choice()
    {
        var emissions = new float[2 * EntityTags.Count];
        emissions[EntityTags.Begin(0)] = 3;
        emissions[EntityTags.Count + EntityTags.Inside(0)] = 1;
        emissions[EntityTags.Count + EntityTags.Begin(1)] = 1.5f;
        var transitions = new float[(EntityTags.Count + 1) * EntityTags.Count];
        transitions[(EntityTags.Begin(0) * EntityTags.Count) + EntityTags.Inside(0)] = 1;

        var path = Viterbi.Decode(emissions, 2, transitions, new TaggingScratch());

        path.Should().Equal(EntityTags.Begin(0), EntityTags.Inside(0));
    }
}
