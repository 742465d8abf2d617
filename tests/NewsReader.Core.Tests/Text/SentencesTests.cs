namespace NewsReader.Text;

public sealed class SentencesTests
{
    private const string Text = "The U.S. abstained from the vote. Netanyahu took this action after that! Was it wise?\n\nA new paragraph starts here.";

    [Theory]
    [InlineData("abstained", "The U.S. abstained from the vote.")]
    [InlineData("Netanyahu", "Netanyahu took this action after that!")]
    [InlineData("wise", "Was it wise?")]
    [InlineData("paragraph", "A new paragraph starts here.")]
    public void The_sentence_around_a_span_is_found_and_initials_do_not_end_it(string word, string sentence)
    {
        var start = Text.IndexOf(word, StringComparison.Ordinal);

        Sentences.Around(Text, start, start + word.Length).Should().Be(sentence);
    }

    [Fact]
    public void A_very_long_sentence_is_cut_with_ellipses()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 400)) + " target " + string.Join(' ', Enumerable.Repeat("word", 400)) + ".";
        var start = text.IndexOf("target", StringComparison.Ordinal);

        var sentence = Sentences.Around(text, start, start + 6);

        sentence.Should().StartWith("…").And.EndWith("…").And.Contain("target");
        sentence.Length.Should().BeLessThan(1000);
    }

    [Fact]
    public void A_sentence_ends_where_the_comparison_s_splitter_ends_it_after_an_abbreviation_and_a_closing_quote()
    {
        const string text = "Mr. Sullivan met Gen. Halevi on Oct. 7. Meloni said, “We will oppose it.” The Senate agreed.";

        Sentences.Around(text, text.IndexOf("Halevi", StringComparison.Ordinal), text.IndexOf("Halevi", StringComparison.Ordinal) + 6)
            .Should().Be("Mr. Sullivan met Gen. Halevi on Oct. 7.");
        Sentences.Around(text, text.IndexOf("oppose", StringComparison.Ordinal), text.IndexOf("oppose", StringComparison.Ordinal) + 6)
            .Should().Be("Meloni said, “We will oppose it.”");
    }
}
