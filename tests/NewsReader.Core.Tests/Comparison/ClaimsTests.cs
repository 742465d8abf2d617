using NewsReader.Entities;

namespace NewsReader.Comparison;

public sealed class ClaimsTests
{
    private static ComparedArticle Article(int id, string text, params (string Name, int EntityId)[] names) =>
        new(id, $"Article {id}", null, text, names.SelectMany(n => AllIndexes(text, n.Name).Select(i => (i, i + n.Name.Length, n.EntityId))).ToList());

    private static IEnumerable<int> AllIndexes(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    private static List<FigureClaim> FiguresOf(ComparedArticle article) => Claims.Figures(article.Id, ArticleSentences.Of(article));

    [Theory]
    [InlineData("Health officials said over 32,000 people have died since October.", "over 32,000 people", 32000, "people")]
    [InlineData("The strike killed seven members of the Guards.", "seven members", 7, "member")]
    [InlineData("Congress approved $1.5 billion in aid.", "$1.5 billion", 1.5e9, "dollars")]
    [InlineData("Israel said 99% of the drones were shot down.", "99%", 99, "percent")]
    [InlineData("Iran launched more than 300 drones and missiles.", "more than 300 drones and missiles", 300, "drone and missile")]
    [InlineData("The storm left 40 people injured on the coast.", "40 people injured", 40, "people injured")]
    [InlineData("The army fired 12 rockets and the navy none.", "12 rockets", 12, "rocket")]
    public void Figures_are_read_with_what_they_count(string text, string written, double value, string counts)
    {
        FiguresOf(Article(1, text)).Should().ContainSingle().Which.Should().BeEquivalentTo(new { Text = written, Value = value, Counts = counts });
    }

    [Theory]
    [InlineData("The talks began on April 1, officials said.")]
    [InlineData("It was the worst attack since 1979.")]
    [InlineData("He spoke at 10 am in Geneva.")]
    public void Dates_years_and_times_are_not_figures(string text)
    {
        FiguresOf(Article(1, text)).Should().BeEmpty();
    }

    [Fact]
    public void One_quantity_is_one_row_however_its_things_are_ordered_and_different_quantities_are_never_set_against_each_other()
    {
        var a = FiguresOf(Article(1, "The harbour guard counted over 200 missiles and drones overnight. Some 300 people were evacuated, and 12 people injured."));
        var b = FiguresOf(Article(2, "More than 200 drones and missiles were fired at the coast. 50 people killed in the town."));

        var comparison = Claims.Compare([1, 2], [.. a, .. b], []);

        var launched = comparison.Figures.Single(f => f.Counts == "drone and missile");
        launched.ByArticle.Keys.Should().BeEquivalentTo([1, 2]);
        launched.Disagree.Should().BeFalse("both say 200");
        comparison.Figures.Select(f => f.Counts).Should().Contain(["people injured", "people killed"]);
        comparison.Figures.Should().OnlyContain(f => !f.Disagree, "the injured and the killed are different quantities");
    }

    [Fact]
    public void Different_figures_for_the_same_count_are_marked_as_a_disagreement()
    {
        var a = FiguresOf(Article(1, "Over 32,000 people have died in Gaza, officials said."));
        var b = FiguresOf(Article(2, "Some 31,000 people have been killed, the ministry said."));
        var c = FiguresOf(Article(3, "At least 32,000 people have died, the agency said. Three hospitals closed."));

        var comparison = Claims.Compare([1, 2, 3], [.. a, .. b, .. c], []);

        var people = comparison.Figures.Single(f => f.Counts == "people");
        people.Disagree.Should().BeTrue();
        people.ByArticle.Keys.Should().BeEquivalentTo([1, 2, 3]);
        comparison.Figures.Single(f => f.Counts == "hospital closed").Disagree.Should().BeFalse("only one article counts closed hospitals");
    }

    [Fact]
    public void Quotations_are_attributed_to_the_person_their_sentence_names_and_matched_across_articles()
    {
        var entities = new Dictionary<int, NamedEntity> { [1] = new(1, "Karine Jean-Pierre", EntityKind.Person), [2] = new(2, "Rafah", EntityKind.Place) };
        var first = Article(1, "Karine Jean-Pierre said: “We will reiterate our opposition to military action in Rafah.”", ("Karine Jean-Pierre", 1), ("Rafah", 2));
        var second = Article(2, "“We will reiterate our opposition to military action in Rafah,” Jean-Pierre told reporters.", ("Jean-Pierre", 1), ("Rafah", 2));

        var quotes = Claims.Quotes(first, ArticleSentences.Of(first), entities).Concat(Claims.Quotes(second, ArticleSentences.Of(second), entities)).ToList();
        var comparison = Claims.Compare([1, 2], [], quotes);

        quotes.Should().OnlyContain(q => q.Speaker == "Karine Jean-Pierre");
        comparison.Quotes.Should().ContainSingle().Which.ArticleIds.Should().BeEquivalentTo([1, 2]);
    }

    [Fact]
    public void The_speaker_is_who_said_it_not_whoever_stands_nearest()
    {
        var entities = new Dictionary<int, NamedEntity> { [1] = new(1, "Benjamin Netanyahu", EntityKind.Person), [2] = new(2, "Joe Biden", EntityKind.Person) };
        var article = Article(1, "Netanyahu said he had made clear to US President Joe Biden “that we are determined to finish the job in Rafah”.",
            ("Netanyahu", 1), ("Joe Biden", 2));

        Claims.Quotes(article, ArticleSentences.Of(article), entities).Single().Speaker.Should().Be("Benjamin Netanyahu");
    }
}
