namespace NewsReader.Nlp.Tagging;

public sealed class EntityTagsTests
{
    [Fact]
    public void Spans_are_read_from_tag_indexes_with_a_stray_inside_tag_opening_one()
    {
        int[] tags = [EntityTags.Begin(0), EntityTags.Inside(0), EntityTags.Outside, EntityTags.Inside(1), EntityTags.Begin(1), EntityTags.Inside(2)];

        EntityTags.Spans(tags).Should().Equal((0, 2, 0), (3, 4, 1), (4, 5, 1), (5, 6, 2));
    }

    [Fact]
    public void Bio_forbids_inside_after_outside_or_another_type()
    {
        EntityTags.CanFollow(EntityTags.Outside, EntityTags.Inside(0)).Should().BeFalse();
        EntityTags.CanFollow(EntityTags.Begin(1), EntityTags.Inside(0)).Should().BeFalse();
        EntityTags.CanFollow(EntityTags.Begin(0), EntityTags.Inside(0)).Should().BeTrue();
        EntityTags.CanFollow(EntityTags.Inside(3), EntityTags.Begin(3)).Should().BeTrue();
    }
}
