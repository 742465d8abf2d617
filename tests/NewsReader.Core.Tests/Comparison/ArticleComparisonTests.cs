using NewsReader.Entities;

namespace NewsReader.Comparison;

public sealed class ArticleComparisonTests
{
    private static readonly Dictionary<int, NamedEntity> Entities = new()
    {
        [1] = new(1, "Benjamin Netanyahu", EntityKind.Person),
        [2] = new(2, "Rafah", EntityKind.Place),
        [3] = new(3, "Jake Sullivan", EntityKind.Person),
        [4] = new(4, "Giorgia Meloni", EntityKind.Person),
        [5] = new(5, "Cyprus", EntityKind.Place),
        [6] = new(6, "Rafah ground offensive", EntityKind.Event),
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
        var many = Enumerable.Range(1, ArticleComparison.Palette + 2).ToDictionary(i => i, i => new NamedEntity(i, $"Entity {i:00}", EntityKind.Place));
        var ids = many.Keys.ToArray();

        var comparison = ArticleComparison.Build([Article(1, ids), Article(2, ids)], many);

        ids.Take(ArticleComparison.Palette).Select(id => comparison.ColorOf(id)).Should().OnlyHaveUniqueItems();
        comparison.ColorOf(ids[ArticleComparison.Palette]).Should().Be(0);
    }
}
