namespace NewsReader.Nlp.Conll;

public sealed class EntityScoreTests
{
    [Fact]
    public void Spans_are_read_from_bio_with_a_stray_inside_tag_opening_one()
    {
        EntitySpan.FromBio(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]).Should().Equal(
            new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC"), new EntitySpan(4, 5, "LOC"), new EntitySpan(5, 6, "ORG"));
    }

    [Fact]
    public void Only_exact_span_and_type_count_as_correct()
    {
        var score = new EntityScore();
        score.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "O", "O", "B-LOC"]);
        score.Add(["B-ORG", "O"], ["B-MISC", "O"]);

        score.Overall.Should().Be(new EntityCounts(Found: 3, Gold: 3, Correct: 1));
        score.For("LOC").F1.Should().Be(1.0);
        score.For("PER").Should().Be(new EntityCounts(1, 1, 0));
        score.Overall.F1.Should().BeApproximately(1.0 / 3, 1e-9);
    }
}
