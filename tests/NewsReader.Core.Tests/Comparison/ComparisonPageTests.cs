using NewsReader.TestSupport;

namespace NewsReader.Comparison;

public sealed class ComparisonPageTests
{
    [Fact]
    public async Task A_huge_article_is_compared_by_its_beginning_and_says_so()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (huge, _) = await HugeArticle.StoreAsync(database, paragraphs: 9_000, title: "The whole record");
        var (small, _) = await HugeArticle.StoreAsync(database, paragraphs: 3, title: "A short report");
        await using var db = database.CreateDbContext();

        var page = await ComparisonPage.LoadAsync(db, [huge, small], CancellationToken.None);

        var columns = page.Comparison!.Articles;
        columns[0].IsCut.Should().BeTrue();
        columns[0].WholeBytes.Should().BeGreaterThan(1_000_000);
        columns[0].Text.Length.Should().BeLessThanOrEqualTo(ComparisonPage.MaxComparedLength).And.BeGreaterThan(ComparisonPage.MaxComparedLength / 2);
        columns[0].Text.Should().EndWith("matters of the week.", "a long text is cut at a paragraph's end");
        columns[0].Mentions.Should().NotBeEmpty().And.OnlyContain(m => m.End <= columns[0].Text.Length);
        columns[1].IsCut.Should().BeFalse();
        columns[1].Text.Should().EndWith("matters of the week.");
        page.Comparison.Alignment.Count.Should().BeLessThan(3 * ComparisonPage.MaxComparedLength / 100, "only the compared beginning is aligned");
    }

    [Fact]
    public async Task Offsets_past_the_basic_plane_never_put_a_mention_outside_the_compared_text()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (huge, _) = await HugeArticle.StoreAsync(database, paragraphs: 2_000, withEmoji: true);
        var (small, _) = await HugeArticle.StoreAsync(database, paragraphs: 3, withEmoji: true, title: "A short report");
        await using var db = database.CreateDbContext();

        var page = await ComparisonPage.LoadAsync(db, [huge, small], CancellationToken.None);

        var cut = page.Comparison!.Articles[0];
        cut.IsCut.Should().BeTrue();
        cut.Text.Length.Should().BeLessThanOrEqualTo(ComparisonPage.MaxComparedLength);
        cut.Mentions.Select(m => cut.Text.Substring(m.Start, m.End - m.Start)).Should().NotBeEmpty().And.OnlyContain(written => written == HugeArticle.Person);
    }
}
