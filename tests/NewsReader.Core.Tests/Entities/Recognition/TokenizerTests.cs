namespace NewsReader.Entities.Recognition;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("the U.S. said", "the|U.S.|said")]
    [InlineData("Karine Jean-Pierre said", "Karine|Jean-Pierre|said")]
    [InlineData("Netanyahu's move", "Netanyahu|'s|move")]
    [InlineData("Iran’s attack", "Iran|’s|attack")]
    [InlineData("over 32,000 people", "over|32,000|people")]
    [InlineData("magnitude 7.4 quake", "magnitude|7.4|quake")]
    [InlineData("Mr. Navalny died.", "Mr.|Navalny|died|.")]
    [InlineData("“supremely clear” to", "“|supremely|clear|”|to")]
    [InlineData("Washington, D.C., today", "Washington|,|D.C.|,|today")]
    public void News_text_splits_into_the_expected_tokens(string text, string expected)
    {
        Tokenizer.Tokenize(text).Select(t => t.Text).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Every_token_keeps_its_exact_offsets()
    {
        const string text = "  In Washington, White House adviser Jake Sullivan’s talks…";

        Tokenizer.Tokenize(text).Should().OnlyContain(t => text.Substring(t.Start, t.End - t.Start) == t.Text);
    }
}
