using Microsoft.EntityFrameworkCore;
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
        any.MoreEntities.Should().BeTrue("the page says the names it shows are the first of more");
        places.Entities.Select(e => e.Name).Should().Equal("Old Paris");
        places.MoreEntities.Should().BeFalse();
    }

    [Fact]
    public async Task A_misspelt_name_no_article_contains_suggests_the_name_it_was_meant_as()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SourceIngestor().IngestAsync(Sources.SourceFile.ExpandPaths([RepositoryPaths.Seeds]), Ingestion.IngestOptions.Default, null, CancellationToken.None);
        await using var db = database.CreateDbContext();

        var misspelt = await SearchResults.FindAsync(db, new EntityNameIndex(), new SearchRequest("Netanhayu"), CancellationToken.None);
        var spelt = await SearchResults.FindAsync(db, new EntityNameIndex(), new SearchRequest("Netanyahu"), CancellationToken.None);

        misspelt.Articles.Should().BeEmpty();
        misspelt.DidYouMean!.Name.Should().Be("Benjamin Netanyahu");
        spelt.Articles.Should().NotBeEmpty();
        spelt.DidYouMean.Should().BeNull("the words were found as typed");
    }

    [Fact]
    public async Task More_articles_than_a_page_shows_are_said_to_be_more_and_exactly_a_page_is_not()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            db.Articles.AddRange(Enumerable.Range(1, SearchResults.MaxResults + 1).Select(i => new Articles.Article
            {
                Title = $"Harbour report {i}", Source = $"s{i}", Text = $"The harbour council met for the {i}th time.", ContentHash = $"h{i}",
            }));
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateDbContext();
        var many = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("harbour"), CancellationToken.None);
        await read.Articles.Where(a => a.Source == "s1").ExecuteDeleteAsync();
        var page = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("harbour"), CancellationToken.None);

        (many.Articles.Count, many.MoreArticles).Should().Be((SearchResults.MaxResults, true));
        (page.Articles.Count, page.MoreArticles).Should().Be((SearchResults.MaxResults, false));
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
