namespace NewsReader.Comparison;

public sealed class QuotationsTests
{
    private static List<string> Quoted(string text) => Quotations.In(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Curly_and_straight_quotations_are_read_between_their_own_marks() =>
        Quoted("The mayor said “the harbour will reopen on Monday” and added \"crews are working through the night\" to reporters.")
            .Should().Equal("the harbour will reopen on Monday", "crews are working through the night");

    [Fact]
    public void The_narration_between_two_straight_quotations_is_not_a_quotation()
    {
        const string text = "\"We will rebuild the pier,\" the president said after touring the damaged harbour on Tuesday. \"Nobody will be left behind.\"";

        Quoted(text).Should().Equal("We will rebuild the pier,", "Nobody will be left behind.");
    }

    [Fact]
    public void A_quotation_never_runs_across_paragraphs()
    {
        const string text = "The council met on Tuesday and \"voted for the plan after a long debate\n\nThe mayor thanked the crews who had worked all night.\" Officials agreed.";

        Quoted(text).Should().BeEmpty("the first paragraph's mark is never closed in it");
    }

    [Fact]
    public void An_unclosed_mark_does_not_pair_with_a_later_quotation()
    {
        const string text = "He spoke of the \"old harbour and then the weather turned, and the mayor said \"the pier will be rebuilt next year\" to the crowd.";

        Quoted(text).Should().Equal("the pier will be rebuilt next year");
    }

    [Fact]
    public void Inches_and_marks_inside_words_are_not_quotation_marks() =>
        Quoted("The storm left 12\" of snow on the pier and 8\" on the road by Tuesday morning, officials said.").Should().BeEmpty();
}
