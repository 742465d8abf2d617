namespace NewsReader.Comparison;

public sealed class SentenceAlignmentTests
{
    private static List<ArticleSentence> Sentences(int id, string text, params (string Name, int EntityId)[] names) =>
        ArticleSentences.Of(new ComparedArticle(id, "t", null, text, names.Select(n => (text.IndexOf(n.Name, StringComparison.Ordinal), text.IndexOf(n.Name, StringComparison.Ordinal) + n.Name.Length, n.EntityId)).Where(m => m.Item1 >= 0).ToList()));

    [Fact]
    public void The_same_fact_told_in_other_words_sits_in_one_row_and_a_fact_only_one_tells_stands_alone()
    {
        var first = Sentences(1,
            "Jake Sullivan said talks on Rafah would take place next week. The weather in Washington was cold.",
            ("Jake Sullivan", 1), ("Rafah", 2), ("Washington", 3));
        var second = Sentences(2,
            "Italian Prime Minister Giorgia Meloni called for restraint. Talks on a Rafah offensive will take place next week, Sullivan said.",
            ("Giorgia Meloni", 4), ("Rafah", 2), ("Sullivan", 1));

        var rows = SentenceAlignment.Align([first, second]);

        rows.Should().HaveCount(3);
        rows[0].Sentences[1]!.Text.Should().StartWith("Talks on a Rafah offensive");
        rows[1].OnlyOne.Should().BeTrue("only the first tells of the weather");
        rows[2].Sentences[0].Should().BeNull();
        rows[2].Sentences[1]!.Text.Should().Contain("Meloni");
    }

    [Fact]
    public void Closeness_is_zero_for_sentences_sharing_nothing_and_one_for_the_same_sentence()
    {
        var a = Sentences(1, "Iran launched drones at Israel.", ("Iran", 1), ("Israel", 2))[0];
        var b = Sentences(2, "Markets rose in Tokyo.", ("Tokyo", 3))[0];

        SentenceAlignment.Closeness(a, b).Should().Be(0);
        SentenceAlignment.Closeness(a, a).Should().BeApproximately(1, 1e-9);
    }

    [Fact]
    public void Pairs_found_through_the_index_are_every_pair_that_reaches_the_minimum_with_its_closeness()
    {
        var first = Sentences(1,
            "Jake Sullivan said talks on Rafah would take place next week. The weather in Washington was cold. Sullivan met aid groups in Cairo.",
            ("Jake Sullivan", 1), ("Rafah", 2), ("Washington", 3), ("Cairo", 5));
        var second = Sentences(2,
            "Talks on a Rafah offensive will take place next week, Sullivan said. Aid groups in Cairo met officials. Cold weather hit Washington.",
            ("Rafah", 2), ("Sullivan", 1), ("Cairo", 5), ("Washington", 3));

        var rows = SentenceAlignment.Align([first, second]);

        // Each pairing scores as Closeness scores it, and no sentence left alone had a partner good enough to take.
        foreach (var row in rows.Where(r => r.Sentences.All(s => s is not null)))
        {
            row.Score.Should().BeApproximately(SentenceAlignment.Closeness(row.Sentences[0]!, row.Sentences[1]!), 1e-12);
        }

        var paired = rows.Count(r => r.Sentences.All(s => s is not null));
        var reachable = first.Count(s => second.Any(t => SentenceAlignment.Closeness(s, t) >= SentenceAlignment.MinimumScore));
        paired.Should().Be(reachable).And.Be(3);
    }
}
