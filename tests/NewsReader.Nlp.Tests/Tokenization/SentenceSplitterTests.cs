namespace NewsReader.Nlp.Tokenization;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(r => string.Join(' ', tokens.Take(r).Select(t => t.Text))).ToList();
    }

    [Fact]
    public void Sentences_end_at_terminal_marks_but_not_at_abbreviations()
    {
        Sentences("Mr. Sullivan met Gen. Halevi in the U.S. on Oct. 7. They talked! Did it work? Yes.")
            .Should().Equal("Mr. Sullivan met Gen. Halevi in the U.S. on Oct. 7 .", "They talked !", "Did it work ?", "Yes .");
    }

    [Fact]
    public void Closing_quotes_stay_with_the_sentence_they_close()
    {
        Sentences("Meloni said, “We will oppose it.” The Senate agreed.")
            .Should().Equal("Meloni said , “ We will oppose it . ”", "The Senate agreed .");
    }

    [Fact]
    public void A_lower_case_word_after_a_period_continues_the_sentence()
    {
        Sentences("The score was 2. but the match went on.").Should().ContainSingle();
    }

    [Fact]
    public void A_line_break_always_ends_a_sentence()
    {
        Sentences("Hamas Rejects Ceasefire Proposal\n\nGaza War Day-169 begins").Should().Equal("Hamas Rejects Ceasefire Proposal", "Gaza War Day-169 begins");
    }
}
