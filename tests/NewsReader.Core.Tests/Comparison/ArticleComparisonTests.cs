namespace NewsReader.Comparison;

public sealed class ArticleComparisonTests
{
    private static readonly Dictionary<int, (string Name, string Kind)> Entities = new()
    {
        [1] = ("Benjamin Netanyahu", "person"),
        [2] = ("Rafah", "place"),
        [3] = ("Jake Sullivan", "person"),
        [4] = ("Giorgia Meloni", "person"),
        [5] = ("Cyprus", "place"),
        [6] = ("Rafah ground offensive", "event"),
    };

    private static ComparedArticle Article(int id, params int[] entityIds) =>
        new(id, $"Article {id}", null, "x", entityIds.Select(e => (0, 1, e)).ToList());

    [Fact]
    public void Shared_entities_get_one_colour_each_and_unique_ones_none()
    {
        var comparison = ArticleComparison.Build([Article(1, 1, 2, 3), Article(2, 1, 2, 4), Article(3, 1, 5)], Entities);

        comparison.SharedByAll.Select(e => e.Name).Should().Equal("Benjamin Netanyahu");
        comparison.SharedBySome.Select(e => e.Name).Should().Equal("Rafah");
        comparison.OnlyIn[1].Select(e => e.Name).Should().Equal("Jake Sullivan");
        comparison.OnlyIn[2].Select(e => e.Name).Should().Equal("Giorgia Meloni");
        comparison.OnlyIn[3].Select(e => e.Name).Should().Equal("Cyprus");
        comparison.ColorOf(1).Should().Be(0);
        comparison.ColorOf(2).Should().Be(1);
        comparison.ColorOf(3).Should().BeNull();
    }

    [Fact]
    public void A_shared_event_is_in_the_legend_without_a_colour()
    {
        var comparison = ArticleComparison.Build([Article(1, 1, 6), Article(2, 1, 6)], Entities);

        comparison.SharedByAll.Select(e => e.Name).Should().Contain("Rafah ground offensive");
        comparison.ColorOf(6).Should().BeNull();
        comparison.ColorOf(1).Should().Be(0);
    }

    [Fact]
    public void Colours_repeat_only_after_the_palette_runs_out()
    {
        var many = Enumerable.Range(1, ArticleComparison.Palette + 2).ToDictionary(i => i, i => ($"Entity {i:00}", "place"));
        var ids = many.Keys.ToArray();

        var comparison = ArticleComparison.Build([Article(1, ids), Article(2, ids)], many);

        ids.Take(ArticleComparison.Palette).Select(id => comparison.ColorOf(id)).Should().OnlyHaveUniqueItems();
        comparison.ColorOf(ids[ArticleComparison.Palette]).Should().Be(0);
    }
}
