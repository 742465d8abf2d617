namespace NewsReader.Nlp.Tokenization;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("the U.S. said", "the|U.S.|said")]
    [InlineData("Karine Jean-Pierre said", "Karine|Jean-Pierre|said")]
    [InlineData("Netanyahu's move", "Netanyahu|'s|move")]
    [InlineData("Iran’s attack", "Iran|’s|attack")]
    [InlineData("Hamas militants' attacks", "Hamas|militants|'|attacks")]
    [InlineData("over 32,000 people", "over|32,000|people")]
    [InlineData("magnitude 7.4 quake", "magnitude|7.4|quake")]
    [InlineData("Gaza War Day-169: Israel", "Gaza|War|Day-169|:|Israel")]
    [InlineData("since the Oct. 7 attack", "since|the|Oct.|7|attack")]
    [InlineData("Mr. Navalny died.", "Mr.|Navalny|died|.")]
    [InlineData("“supremely clear” to", "“|supremely|clear|”|to")]
    [InlineData("Washington, D.C., today", "Washington|,|D.C.|,|today")]
    [InlineData("the talks — and the vote -- failed", "the|talks|—|and|the|vote|--|failed")]
    [InlineData("Ras al-Ain and Abu-Dhabi", "Ras|al-Ain|and|Abu-Dhabi")]
    [InlineData("He left in Dec. Then", "He|left|in|Dec.|Then")]
    [InlineData("an engineer for Harbor Freight & Co., the lender", "an|engineer|for|Harbor|Freight|&|Co.|,|the|lender")]
    [InlineData("Lakeside Corp.; Ridge Ltd.) rose", "Lakeside|Corp.|;|Ridge|Ltd.|)|rose")]
    public void News_text_splits_into_the_expected_tokens(string text, string expected)
    {
        Tokenizer.Tokenize(text).Select(t => t.Text).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Every_token_keeps_its_exact_offsets()
    {
        const string text = "  In Washington, White House adviser Jake Sullivan’s talks… over 32,000 (U.S.) people—";

        Tokenizer.Tokenize(text).Should().OnlyContain(t => text.Substring(t.Start, t.End - t.Start) == t.Text);
    }

    [Fact]
    public void A_month_abbreviation_keeps_its_period_only_before_a_space_or_a_comma_like_mark()
    {
        Tokenizer.Tokenize("in Oct.").Select(t => t.Text).Should().Equal("in", "Oct", ".");
    }

    [Theory]
    [InlineData("Netanyahu's move", "'s")]
    [InlineData("Netanyahu’s move", "’s")]
    public void The_possessive_split_off_a_word_is_marked_as_one(string text, string possessive) =>
        Tokenizer.Tokenize(text).Where(t => t.IsPossessive).Select(t => t.Text).Should().Equal(possessive);
}
