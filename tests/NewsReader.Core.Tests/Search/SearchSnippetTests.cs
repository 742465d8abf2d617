namespace NewsReader.Search;

public sealed class SearchSnippetTests
{
    private const string S = "\uE000";
    private const string E = "\uE001";

    private static string Snippet(string text, string query) => new SearchSnippet(FullTextQuery.Parse(query)!.Words).Make(text);

    [Fact]
    public void The_passage_starts_a_few_words_before_the_first_match_and_marks_every_match_in_it()
    {
        var text = "Officials said on Tuesday that the convoy, the largest so far, crossed at dawn. " + string.Join(' ', Enumerable.Repeat("More words follow here.", 10)) + " The convoy returned.";

        Snippet(text, "convoy").Should().Be($"…said on Tuesday that the {S}convoy{E}, the largest so far, crossed at dawn. More words follow here. More words follow here. More words follow…");
    }

    [Fact]
    public void Case_and_accents_fold_and_prefixes_and_phrases_match_as_in_the_index()
    {
        Snippet("Talks in Zürich on the ground offensive resumed.", "zurich").Should().Be($"Talks in {S}Zürich{E} on the ground offensive resumed.");
        Snippet("Negotiators and negotiations resumed.", "negotiat*").Should().Be($"{S}Negotiators{E} and {S}negotiations{E} resumed.");
        Snippet("A ground war, not a ground offensive.", "\"ground offensive\"").Should().Be($"A ground war, not a {S}ground{E} {S}offensive{E}.");
    }

    [Fact]
    public void Mark_characters_in_the_article_itself_never_read_as_marks()
    {
        Snippet($"The {S}convoy{E} crossed; {E}{S} then it returned{S}.", "convoy")
            .Should().Be($"The \uFFFD{S}convoy{E}\uFFFD crossed; \uFFFD\uFFFD then it returned\uFFFD.");
        Snippet($"A{S}convoy{E}B", "convoy").Count(c => c == '\uE000').Should().Be(1);
    }

    [Fact]
    public void A_word_inside_another_word_is_not_a_match()
    {
        Snippet("The contrast was stark; art came later.", "art").Should().Be($"The contrast was stark; {S}art{E} came later.");
    }

    [Fact]
    public void Without_a_match_the_passage_is_the_opening()
    {
        Snippet("Only the title matched this article's words.", "ferry").Should().Be("Only the title matched this article's words.");
    }
}
