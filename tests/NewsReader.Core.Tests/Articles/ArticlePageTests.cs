using Microsoft.EntityFrameworkCore;
using NewsReader.TestSupport;

namespace NewsReader.Articles;

public sealed class ArticlePageTests
{
    [Fact]
    public async Task A_very_long_article_read_part_by_part_gives_every_paragraph_once_with_its_names_linked()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (id, entityId) = await HugeArticle.StoreAsync(database, paragraphs: 1_500, withEmoji: true);
        await using var db = database.CreateDbContext();
        var text = await db.Articles.Where(a => a.Id == id).Select(a => a.Text).SingleAsync();

        var pages = new List<ArticlePage>();
        for (var part = 1; await ArticlePage.LoadAsync(db, id, part, CancellationToken.None) is { } page; part++)
        {
            pages.Add(page);
        }

        pages.Should().HaveCountGreaterThan(5).And.OnlyContain(p => p.Paragraphs.Sum(x => x.Sum(s => s.Text.Length)) <= 2 * ArticlePage.PartLength);
        pages.Take(pages.Count - 1).Should().OnlyContain(p => p.HasNextPart);
        pages[^1].HasNextPart.Should().BeFalse();
        pages.SelectMany(p => p.Paragraphs).Select(p => string.Concat(p.Select(s => s.Text)))
            .Should().Equal(ArticleText.Paragraphs(text).Select(p => p.Paragraph));
        pages.SelectMany(p => p.Paragraphs).SelectMany(p => p).Where(s => s.EntityId == entityId).Select(s => s.Text)
            .Should().HaveCount(1_500).And.OnlyContain(t => t == HugeArticle.Person);
    }
}
