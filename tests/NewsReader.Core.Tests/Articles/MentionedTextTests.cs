namespace NewsReader.Articles;

public sealed class MentionedTextTests
{
    [Fact]
    public void Paragraphs_are_cut_at_mentions_and_keep_every_character()
    {
        const string text = "In Washington, Jake Sullivan met.\n\nSullivan left.";

        var paragraphs = MentionedText.Segment(text, [(3, 13, 1), (15, 28, 2), (35, 43, 2)]);

        paragraphs.Should().HaveCount(2);
        paragraphs[0].Should().Equal(
            new TextSegment("In ", null), new TextSegment("Washington", 1), new TextSegment(", ", null),
            new TextSegment("Jake Sullivan", 2), new TextSegment(" met.", null));
        paragraphs[1].Should().Equal(new TextSegment("Sullivan", 2), new TextSegment(" left.", null));
    }

    [Fact]
    public void Overlapping_or_out_of_range_mentions_are_left_as_plain_text()
    {
        const string text = "Jake Sullivan met.";

        var paragraphs = MentionedText.Segment(text, [(0, 13, 1), (5, 13, 2), (10, 99, 3)]);

        paragraphs.Single().Should().Equal(new TextSegment("Jake Sullivan", 1), new TextSegment(" met.", null));
    }
}
