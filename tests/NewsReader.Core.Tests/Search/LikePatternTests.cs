namespace NewsReader.Search;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("gaza", "%gaza%")]
    [InlineData("50%", @"%50\%%")]
    [InlineData("a_b", @"%a\_b%")]
    [InlineData(@"c:\x", @"%c:\\x%")]
    public void Wildcards_in_user_input_are_escaped(string term, string pattern)
    {
        LikePattern.Contains(term).Should().Be(pattern);
    }
}
