using Microsoft.EntityFrameworkCore;
using NewsReader.Sources;
using NewsReader.TestSupport;

namespace NewsReader.Articles;

public sealed class ArticleOrderingTests
{
    [Fact]
    public async Task Newest_first_is_by_publication_and_the_undated_come_after_every_dated_article_whenever_they_were_stored()
    {
        await using var database = await TestDatabase.CreateAsync();
        async Task<int> Add(string title, DateTime? published)
        {
            var parsed = new ParsedArticle(title, null, published, [$"{title} was reported by the harbour office on the day."], []);
            return (await database.Ingestor().IngestAsync(parsed, title + ".txt", CancellationToken.None)).ArticleId!.Value;
        }

        var undatedFirst = await Add("Undated first", null);
        var older = await Add("Older report", new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc));
        var newer = await Add("Newer report", new DateTime(2024, 4, 3, 9, 30, 0, DateTimeKind.Utc));
        var undatedLast = await Add("Undated last", null);

        await using var db = database.CreateDbContext();
        var order = await db.Articles.NewestFirst().Select(a => a.Id).ToListAsync();

        order.Should().Equal(newer, older, undatedLast, undatedFirst);
    }
}
