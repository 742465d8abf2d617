namespace NewsReader.Search;

public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData("Rafah offensive", "\"rafah\" \"offensive\"")]
    [InlineData("\"ground offensive\" Rafah", "\"ground offensive\" \"rafah\"")]
    [InlineData("negotiat*", "\"negotiat\"*")]
    [InlineData("Netanyahu's", "\"netanyahu\" \"s\"")]
    public void Words_phrases_and_prefixes_are_quoted(string input, string match)
    {
        FullTextQuery.Parse(input)!.Match.Should().Be(match);
    }

    [Theory]
    [InlineData("rafah OR gaza")]
    [InlineData("title:rafah")]
    [InlineData("NEAR(rafah gaza, 2)")]
    [InlineData("\"unbalanced")]
    [InlineData("-rafah ^gaza")]
    [InlineData("rafah AND NOT gaza")]
    [InlineData("'; DROP TABLE Articles; --")]
    public void Operators_and_syntax_in_the_input_are_only_words(string input)
    {
        var query = FullTextQuery.Parse(input)!;

        query.Terms.Should().OnlyContain(t => t.StartsWith('"') && (t.EndsWith('"') || t.EndsWith("\"*", StringComparison.Ordinal)));
        query.Terms.Should().OnlyContain(t => t.Count(c => c == '"') == 2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\" * - ()")]
    [InlineData(null)]
    public void Input_without_words_is_no_query(string? input)
    {
        FullTextQuery.Parse(input).Should().BeNull();
    }

    [Fact]
    public void Long_input_is_cut_to_the_term_limit()
    {
        FullTextQuery.Parse(string.Join(' ', Enumerable.Range(0, 50).Select(i => $"w{i}")))!.Terms.Should().HaveCount(FullTextQuery.MaxTerms);
    }
}
