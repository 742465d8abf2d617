namespace NewsReader.Sources;

public sealed class LeadHeadlineTests
{
    [Fact]
    public void A_long_sentence_is_cut_at_a_word_boundary_within_the_limit()
    {
        var headline = LeadHeadline.From(["Officials in the northern province confirmed on Monday that the long-awaited railway line would open, ahead of schedule."])!;

        headline.Should().Be("Officials in the northern province confirmed on Monday that the long-awaited railway line…");
        headline.Length.Should().BeLessThanOrEqualTo(LeadHeadline.MaxLength);
    }

    [Fact]
    public void A_paragraph_too_short_for_a_headline_is_passed_over() =>
        LeadHeadline.From(["Read on.", "Floods closed twelve schools in the valley on Monday."]).Should().Be("Floods closed twelve schools in the valley on Monday");

    [Fact]
    public void An_abbreviation_keeps_its_full_stop() =>
        LeadHeadline.From(["Heavy snow fell across the U.S."]).Should().Be("Heavy snow fell across the U.S.");

    [Fact]
    public void Nothing_to_derive_from_gives_none() => LeadHeadline.From([]).Should().BeNull();
}
