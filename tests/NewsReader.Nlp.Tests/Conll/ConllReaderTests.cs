namespace NewsReader.Nlp.Conll;

public sealed class ConllReaderTests
{
    [Fact]
    public void Documents_sentences_and_iob1_tags_read_as_bio()
    {
        var file = ConllReader.Parse(
        [
            "-DOCSTART- -X- O O", "",
            "EU NNP I-NP I-ORG", "rejects VBZ I-VP O", "German JJ I-NP I-MISC", "",
            "Peter NNP I-NP I-PER", "Blackburn NNP I-NP I-PER", "Jones NNP I-NP B-PER", "",
            "-DOCSTART- -X- O O", "",
            "BRUSSELS\tNNP\tI-NP\tI-LOC",
        ]);

        file.Documents.Should().HaveCount(2);
        file.Documents[0].Sentences[0].Select(t => t.GoldTag).Should().Equal("B-ORG", "O", "B-MISC");
        file.Documents[0].Sentences[1].Select(t => t.GoldTag).Should().Equal("B-PER", "I-PER", "B-PER");
        file.Documents[1].Sentences[0][0].Should().Be(new ConllToken("BRUSSELS", "B-LOC", 12));
        file.TokenCount.Should().Be(7);
    }

    [Fact]
    public void Middle_columns_may_differ_and_a_token_without_a_tag_is_outside()
    {
        var file = ConllReader.Parse(["London\tNNP\tB-London\tB-LOC\tB-LOC", "said"]);

        file.Documents.Single().Sentences.Single().Select(t => (t.Text, t.GoldTag)).Should().Equal(("London", "B-LOC"), ("said", "O"));
    }

    [Fact]
    public void A_tag_that_is_not_iob_is_refused()
    {
        var act = () => ConllReader.Parse(["London NNP LOCATION"]);

        act.Should().Throw<FormatException>().WithMessage("*LOCATION*");
    }
}
