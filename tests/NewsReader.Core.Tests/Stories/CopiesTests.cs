namespace NewsReader.Stories;

public sealed class CopiesTests
{
    [Fact]
    public void Copies_overlap_fully_and_different_texts_not_at_all()
    {
        const string Text = "Iran launched drones and missiles at Israel late on Saturday in its first direct attack.";

        Copies.Overlap(Text, Text + " More follows.").Should().BeGreaterThan(0.8);
        Copies.Overlap(Text, "A magnitude 7.1 earthquake struck off the coast of Chile on Tuesday morning.").Should().Be(0);
    }
}
