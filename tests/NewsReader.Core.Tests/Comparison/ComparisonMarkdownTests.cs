using NewsReader.Entities;

namespace NewsReader.Comparison;

public sealed class ComparisonMarkdownTests
{
    private static readonly Dictionary<int, NamedEntity> Entities = new() { [1] = new(1, "Rui Tavares", EntityKind.Person), [2] = new(2, "Porto", EntityKind.Place) };

    private static ComparedArticle Article(int id, string outlet, string text, DateTime? published = null, string? url = null) =>
        new(id, $"Ferry | fire {id}", outlet, text, Mentions(text)) { PublishedAt = published, Url = url };

    private static List<(int Start, int End, int EntityId)> Mentions(string text)
    {
        var found = new List<(int, int, int)>();
        foreach (var (name, id) in new[] { ("Rui Tavares", 1), ("Porto", 2) })
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
            {
                found.Add((i, i + name.Length, id));
            }
        }

        return found;
    }

    [Fact]
    public void A_write_up_lists_the_articles_what_all_report_what_one_reports_and_the_claims()
    {
        var comparison = ArticleComparison.Build(
        [
            Article(1, "Coastal Times", "Fire crews in Porto fought a blaze aboard a ferry overnight, harbour master Rui Tavares said. The ferry carried 200 passengers.\n\nThe company promised refunds to every passenger on Monday.",
                new DateTime(2024, 4, 2, 0, 0, 0, DateTimeKind.Utc), "https://coastal.example/ferry"),
            Article(2, "Harbour Post", "A ferry burned overnight in Porto, harbour master Rui Tavares told reporters. The ferry carried 180 passengers.\n\n“Everyone got off the ship safely and quickly,” Rui Tavares said."),
        ], Entities);

        var markdown = ComparisonMarkdown.Write(comparison);

        markdown.Should().StartWith("# Side by side: Ferry \\| fire 1\n");
        markdown.Should().Contain("1. **Coastal Times**, 2 Apr 2024: [Ferry \\| fire 1](<https://coastal.example/ferry>)");
        markdown.Should().Contain("2. **Harbour Post**, date unknown: Ferry \\| fire 2");
        markdown.Should().Contain("## What all of them report\n\n- (closeness ");
        markdown.Should().Contain("  - Harbour Post: A ferry burned overnight in Porto, harbour master Rui Tavares told reporters.");
        markdown.Should().Contain("### Coastal Times\n\n- The company promised refunds to every passenger on Monday.");
        markdown.Should().Contain("| passenger (figures differ) | 200 passengers | 180 passengers |");
        markdown.Should().Contain("| Rui Tavares | “Everyone got off the ship safely and quickly,” | Harbour Post |");
    }

    [Theory]
    [InlineData("Full Screen", false)]
    [InlineData("1 of 24", false)]
    [InlineData("Photo: Ana Ruiz/Reuters", false)]
    [InlineData("The ferry carried 200 passengers.", true)]
    [InlineData("Fire crews from three towns fought the blaze aboard the ferry for most of the night", true)]
    public void Only_a_sentence_that_states_something_is_a_fact_of_its_own(string sentence, bool statement) =>
        SentenceAlignment.IsStatement(sentence).Should().Be(statement);

    [Fact]
    public void Page_clutter_in_one_article_is_never_what_only_that_outlet_reports()
    {
        var comparison = ArticleComparison.Build(
        [
            Article(1, "Coastal Times", "Fire crews in Porto fought a blaze aboard a ferry overnight.\n\n1 of 24\n\nFull Screen\n\nAutoplay"),
            Article(2, "Harbour Post", "A ferry burned overnight in Porto, officials said."),
        ], Entities);

        comparison.Alignment.Where(r => r.OnlyOne).SelectMany(r => r.Sentences.OfType<ArticleSentence>()).Select(s => s.Text)
            .Should().NotContain(["1 of 24", "Full Screen", "Autoplay"]);
    }
}
