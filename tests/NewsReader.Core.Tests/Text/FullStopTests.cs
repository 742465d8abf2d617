namespace NewsReader.Text;

public sealed class FullStopTests
{
    [Theory]
    [InlineData("The council voted on Tuesday.", true)]
    [InlineData("The council voted on Tuesday.\u201D", true)]
    [InlineData("Storm damage spreads across the U.S.", false)]
    [InlineData("Talks with John F.", false)]
    [InlineData("And then…", false)]
    [InlineData("And then...", false)]
    [InlineData("Who pays?", false)]
    [InlineData("Council backs the plan", false)]
    [InlineData("", false)]
    public void A_sentence_ends_with_a_stop_that_is_not_an_abbreviation_or_an_ellipsis(string text, bool ends) =>
        FullStop.Ends(text).Should().Be(ends);
}
