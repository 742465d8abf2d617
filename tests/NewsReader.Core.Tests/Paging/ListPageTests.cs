using NewsReader.Articles;
using NewsReader.Sources;
using NewsReader.TestSupport;

namespace NewsReader.Paging;

public sealed class ListPageTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(4, 4)]
    public void A_missing_or_impossible_page_number_is_the_first_page(int? asked, int number) =>
        PageRequest.Of(asked, 50).Number.Should().Be(number);

    [Fact]
    public async Task A_page_says_where_it_sits_in_the_whole_and_a_page_past_the_end_shows_the_last()
    {
        await using var database = await TestDatabase.CreateAsync();
        for (var i = 0; i < 7; i++)
        {
            var parsed = new ParsedArticle($"Harbour report {i}", null, new DateTime(2024, 4, 1 + i, 0, 0, 0, DateTimeKind.Utc), [$"The harbour office reported on day {i} of the month."], []);
            await database.Ingestor().IngestAsync(parsed, $"r{i}.txt", CancellationToken.None);
        }

        await using var db = database.CreateDbContext();
        var titles = db.Articles.NewestFirst().Select(a => a.Title);
        var second = await titles.ToListPageAsync(PageRequest.Of(2, 3), CancellationToken.None);
        var beyond = await titles.ToListPageAsync(PageRequest.Of(9, 3), CancellationToken.None);

        second.Items.Should().Equal("Harbour report 3", "Harbour report 2", "Harbour report 1");
        (second.First, second.Last, second.Total, second.PageCount, second.HasPrevious, second.HasNext).Should().Be((4, 6, 7, 3, true, true));
        beyond.Request.Number.Should().Be(3);
        beyond.Items.Should().Equal("Harbour report 0");
        beyond.HasNext.Should().BeFalse();
    }
}
