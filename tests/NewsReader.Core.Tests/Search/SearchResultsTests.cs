using NewsReader.Entities;
using NewsReader.TestSupport;

namespace NewsReader.Search;

public sealed class SearchResultsTests
{
    [Fact]
    public async Task A_kind_filter_narrows_the_names_before_the_best_are_taken()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            // More people whose names start with the query than a page shows, all ranked above the one place.
            db.Entities.AddRange(Enumerable.Range(1, SearchResults.MaxResults + 10)
                .Select(i => new Entity { Kind = EntityKind.Person, Name = $"Paris Hilton {i}", NormalizedName = $"paris hilton {i}", ArticleCount = 5 }));
            db.Entities.Add(new Entity { Kind = EntityKind.Place, Name = "Old Paris", NormalizedName = "old paris", ArticleCount = 1 });
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateDbContext();
        var any = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("Paris"), CancellationToken.None);
        var places = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("Paris", Kind: "place"), CancellationToken.None);

        any.Entities.Should().HaveCount(SearchResults.MaxResults).And.OnlyContain(e => e.Kind == EntityKind.Person);
        places.Entities.Select(e => e.Name).Should().Equal("Old Paris");
    }

    [Theory]
    [InlineData("animal", null, null, "no kind of name")]
    [InlineData(null, "2024-04-10", "2024-04-01", "is after the last")]
    public async Task A_request_that_cannot_be_answered_says_why(string? kind, string? from, string? to, string problem)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        var results = await SearchResults.FindAsync(db, new EntityNameIndex(),
            new SearchRequest("Rafah", kind, null, from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)),
            CancellationToken.None);

        results.Problem.Should().Contain(problem);
    }
}
