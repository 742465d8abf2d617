namespace NewsReader.Articles;

public sealed class ArticleTextTests
{
    [Fact]
    public void A_text_within_the_length_is_one_part()
    {
        ArticleText.Parts("One paragraph.\n\nTwo.", 100).Should().Equal((0, 20));
    }

    [Fact]
    public void Parts_end_where_paragraphs_end_and_together_hold_every_paragraph()
    {
        var paragraphs = Enumerable.Range(0, 40).Select(i => $"Paragraph {i} says something of {new string('x', i * 3)}.").ToList();
        var text = ArticleText.Join(paragraphs);

        var parts = ArticleText.Parts(text, 300);

        parts.Should().HaveCountGreaterThan(3).And.OnlyContain(p => p.End - p.Start <= 300 && p.End > p.Start);
        parts.SelectMany(p => ArticleText.Paragraphs(text[p.Start..p.End]).Select(x => x.Paragraph)).Should().Equal(paragraphs);
        parts.Zip(parts.Skip(1)).Should().OnlyContain(pair => pair.Second.Start == pair.First.End + ArticleText.ParagraphSeparator.Length);
    }

    [Fact]
    public void A_paragraph_longer_than_a_part_is_cut_after_a_sentence_else_at_a_space()
    {
        var sentences = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"Sentence {i} is here."));
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));
        var text = ArticleText.Join([sentences, words]);

        var parts = ArticleText.Parts(text, 100);

        parts.Should().OnlyContain(p => p.End - p.Start <= 100);
        parts.Select(p => text[p.Start..p.End]).Where(t => t.StartsWith("Sentence", StringComparison.Ordinal) && !t.Contains("word", StringComparison.Ordinal))
            .Should().OnlyContain(t => t.EndsWith('.'));
        string.Concat(parts.Select(p => text[p.Start..p.End])).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)
            .Should().Be(text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
    }
}
