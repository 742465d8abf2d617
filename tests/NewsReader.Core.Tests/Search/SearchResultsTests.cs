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
    public async Task Articles_come_a_page_at_a_time_with_the_count_of_all_that_match()
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
        var first = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("harbour"), CancellationToken.None);
        var second = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("harbour", Page: 2), CancellationToken.None);
        var past = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("harbour", Page: 9), CancellationToken.None);

        (first.Articles.Count, first.FoundArticles.Matching, first.FoundArticles.Page.HasNext).Should().Be((SearchResults.MaxResults, SearchResults.MaxResults + 1, true));
        second.Articles.Should().ContainSingle();
        first.Articles.Concat(second.Articles).Select(a => a.Id).Should().OnlyHaveUniqueItems();
        past.FoundArticles.Page.Request.Number.Should().Be(2, "a page past the end shows the last");
    }

    [Fact]
    public async Task Filters_apply_before_the_most_recent_are_taken_for_ranking()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            // The few from the small outlet were stored first, below hundreds of newer matches from another.
            db.Articles.AddRange(Enumerable.Range(1, FullTextSearch.RankedMatches + 20).Select(i => new Articles.Article
            {
                Title = $"Harbour report {i}", Outlet = i <= 3 ? "Small Gazette" : "Big Wire", Source = $"s{i}",
                Text = $"The harbour council met for the {i}th time.", ContentHash = $"h{i}",
            }));
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateDbContext();
        var all = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("harbour"), CancellationToken.None);
        var small = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("harbour", Outlet: "Small Gazette"), CancellationToken.None);
        var big = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("harbour", Outlet: "Big Wire"), CancellationToken.None);

        (all.FoundArticles.Page.Total, all.FoundArticles.MatchingIsMore).Should().Be((FullTextSearch.RankedMatches, true));
        (big.FoundArticles.Page.Total, big.FoundArticles.MatchingIsMore).Should().Be((FullTextSearch.RankedMatches, true));
        small.Articles.Select(a => a.Title).Should().BeEquivalentTo("Harbour report 1", "Harbour report 2", "Harbour report 3");
    }

    [Fact]
    public async Task Newest_first_orders_by_publication_with_undated_articles_last()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            DateTime? Day(int d) => d == 0 ? null : new DateTime(2024, 5, d, 0, 0, 0, DateTimeKind.Utc);
            db.Articles.AddRange(new[] { (1, 3), (2, 0), (3, 9), (4, 5) }.Select(p => new Articles.Article
            {
                Title = p.Item1 == 1 ? "Harbour harbour harbour" : $"Report {p.Item1}", PublishedAt = Day(p.Item2), Source = $"s{p.Item1}",
                Text = $"The harbour council met for the {p.Item1}th time.", ContentHash = $"h{p.Item1}",
            }));
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateDbContext();
        var newest = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("harbour", Order: SearchOrder.Newest), CancellationToken.None);
        var best = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("harbour"), CancellationToken.None);

        newest.Articles.Select(a => a.Title).Should().Equal("Report 3", "Report 4", "Harbour harbour harbour", "Report 2");
        best.Articles[0].Title.Should().Be("Harbour harbour harbour", "the title names it");
    }

    [Fact]
    public async Task A_name_finds_the_articles_that_write_it_another_way_and_marks_that_form()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            var raisi = new Entity { Kind = EntityKind.Person, Name = "Ebrahim Raisi", NormalizedName = "ebrahim raisi", ArticleCount = 2 };
            raisi.Aliases.Add(new EntityAlias { Kind = EntityKind.Person, NormalizedAlias = "raisi" });
            var spelt = new Articles.Article { Title = "President visits", Source = "a", Text = "President Raisi visited the port.", ContentHash = "a" };
            var respelt = new Articles.Article { Title = "Talks in Tehran", Source = "b", Text = "Officials said Ebrahim Raeisi would attend.", ContentHash = "b" };
            var other = new Articles.Article { Title = "Weather", Source = "c", Text = "Rain fell on the port.", ContentHash = "c" };
            db.AddRange(raisi, spelt, respelt, other);
            await db.SaveChangesAsync();
            db.Mentions.AddRange(
                new Mention { ArticleId = spelt.Id, EntityId = raisi.Id, Start = 10, End = 15, Text = "Raisi" },
                new Mention { ArticleId = respelt.Id, EntityId = raisi.Id, Start = 15, End = 29, Text = "Ebrahim Raeisi" });
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateDbContext();
        var found = await SearchResults.FindAsync(read, new EntityNameIndex(), new SearchRequest("Raisi"), CancellationToken.None);

        found.NamedEntities.Select(e => e.Name).Should().Equal("Ebrahim Raisi");
        found.Articles.Select(a => a.Title).Should().BeEquivalentTo("President visits", "Talks in Tehran");
        found.Articles.Single(a => a.Title == "Talks in Tehran").Snippet.Should().Contain($"{FullTextSearch.MarkStart}Ebrahim{FullTextSearch.MarkEnd} {FullTextSearch.MarkStart}Raeisi{FullTextSearch.MarkEnd}");
        found.Articles[0].Title.Should().Be("President visits", "the article with the word as typed ranks first");
    }

    [Fact]
    public async Task A_misspelt_word_no_article_contains_is_respelled_with_the_commonest_close_stored_word()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ingestor = database.Ingestor();
        await ingestor.IngestAsync(new Sources.ParsedArticle("Talks resume", null, null, ["The negotiations over the harbour resumed in Cairo."], []), "a", CancellationToken.None);
        await ingestor.IngestAsync(new Sources.ParsedArticle("Talks stall", null, null, ["Negotiations stalled as the negotiators left the harbour."], []), "b", CancellationToken.None);
        await using var db = database.CreateDbContext();

        var misspelt = await SearchResults.FindAsync(db, new EntityNameIndex(), new SearchRequest("negotaitions harbour"), CancellationToken.None);
        var known = await SearchResults.FindAsync(db, new EntityNameIndex(), new SearchRequest("negotiations"), CancellationToken.None);
        var far = await SearchResults.FindAsync(db, new EntityNameIndex(), new SearchRequest("xylophone"), CancellationToken.None);

        misspelt.DidYouMeanWords.Should().Be("negotiation harbour");
        (await SearchResults.FindAsync(db, new EntityNameIndex(), new SearchRequest(misspelt.DidYouMeanWords), CancellationToken.None)).Articles.Should().HaveCount(2);
        known.DidYouMeanWords.Should().BeNull("the words were found");
        far.DidYouMeanWords.Should().BeNull("no stored word is close");
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
