using NewsReader.Articles;
using NewsReader.Sources;
using NewsReader.TestSupport;

namespace NewsReader.Search;

public sealed class FullTextSearchTests
{
    private static async Task<TestDatabase> StoreAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var ingestor = database.Ingestor();
        await ingestor.IngestAsync(new ParsedArticle("Talks on Rafah resume", "Wire A", new DateTime(2024, 3, 20, 0, 0, 0, DateTimeKind.Utc),
            ["Negotiators met in Cairo on Tuesday to discuss a ceasefire, officials said."], []), "a", CancellationToken.None);
        await ingestor.IngestAsync(new ParsedArticle("Aid convoy reaches the north", "Wire B", new DateTime(2024, 4, 2, 0, 0, 0, DateTimeKind.Utc),
            ["A convoy crossed into the north. Residents of Rafah feared a ground offensive, aid workers said."], []), "b", CancellationToken.None);
        await ingestor.IngestAsync(new ParsedArticle("Markets close higher", "Wire B", null,
            ["Stocks rose in Tokyo and Frankfurt as investors weighed the negotiations over trade."], []), "c", CancellationToken.None);
        return database;
    }

    private static async Task<List<FullTextHit>> SearchAsync(TestDatabase database, string query, ArticleFilters? filters = null)
    {
        await using var db = database.CreateDbContext();
        var found = await FullTextSearch.SearchAsync(db, FullTextQuery.Parse(query)!, filters ?? new ArticleFilters(), SearchOrder.Relevance, Paging.PageRequest.Of(1, 10), CancellationToken.None);
        return found.Page.Items.ToList();
    }

    [Fact]
    public async Task Words_are_found_by_their_stem_and_marked_in_the_snippet_as_written()
    {
        await using var database = await StoreAsync();

        var offensives = await SearchAsync(database, "offensives");
        var negotiating = await SearchAsync(database, "negotiating");

        offensives.Select(h => h.Title).Should().Equal("Aid convoy reaches the north");
        offensives[0].Snippet.Should().Contain($"{FullTextSearch.MarkStart}offensive{FullTextSearch.MarkEnd}");
        negotiating.Select(h => h.Title).Should().Equal(["Talks on Rafah resume", "Markets close higher"], "each says a word of the stem once, and the dated one comes before the undated");
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_body_match()
    {
        await using var database = await StoreAsync();

        (await SearchAsync(database, "rafah")).Select(h => h.Title).Should().Equal("Talks on Rafah resume", "Aid convoy reaches the north");
    }

    [Fact]
    public async Task Among_body_matches_the_article_saying_the_word_more_often_ranks_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ingestor = database.Ingestor();
        await ingestor.IngestAsync(new ParsedArticle("Port reopens", null, null, ["The harbour reopened on Monday after repairs, officials said."], []), "once", CancellationToken.None);
        await ingestor.IngestAsync(new ParsedArticle("Storm damage assessed", null, null,
            ["The harbour wall broke. Boats in the harbour sank, and the harbour master said the harbour would stay shut."], []), "often", CancellationToken.None);

        (await SearchAsync(database, "harbour")).Select(h => h.Title).Should().Equal("Storm damage assessed", "Port reopens");
    }

    [Fact]
    public async Task Only_the_newest_matches_are_ranked_so_a_common_word_costs_the_same_in_any_store()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            // The oldest article has the word in its title, which would rank it first, but it is not among the newest matches.
            db.Articles.AddRange(Enumerable.Range(0, FullTextSearch.RankedMatches + 1).Select(i => new Article
            {
                Title = i == 0 ? "Ferry news" : $"Bulletin {i}",
                Source = $"s{i}",
                Text = "The ferry sailed on time.",
                ContentHash = $"h{i}",
            }));
            await db.SaveChangesAsync();
        }

        var hits = await SearchAsync(database, "ferry");

        hits.Should().HaveCount(10).And.NotContain(h => h.Title == "Ferry news");
        hits[0].Title.Should().Be($"Bulletin {FullTextSearch.RankedMatches}", "equal scores go newest first");
    }

    [Fact]
    public async Task Phrases_must_occur_together_and_prefixes_find_word_starts()
    {
        await using var database = await StoreAsync();

        (await SearchAsync(database, "\"ground offensive\"")).Select(h => h.Title).Should().Equal("Aid convoy reaches the north");
        (await SearchAsync(database, "\"offensive ground\"")).Should().BeEmpty();
        (await SearchAsync(database, "negotiat*")).Select(h => h.Title).Should().BeEquivalentTo("Talks on Rafah resume", "Markets close higher");
    }

    [Fact]
    public async Task The_snippet_marks_the_matched_words()
    {
        await using var database = await StoreAsync();

        var hit = (await SearchAsync(database, "convoy")).Single();

        hit.Snippet.Should().Contain($"{FullTextSearch.MarkStart}convoy{FullTextSearch.MarkEnd}");
    }

    [Fact]
    public async Task Outlet_and_dates_filter_the_articles()
    {
        await using var database = await StoreAsync();

        (await SearchAsync(database, "rafah", new ArticleFilters(Outlet: "Wire B"))).Select(h => h.Title).Should().Equal("Aid convoy reaches the north");
        (await SearchAsync(database, "rafah", new ArticleFilters(From: new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc)))).Should().ContainSingle();
        (await SearchAsync(database, "rafah", new ArticleFilters(Before: new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc)))).Select(h => h.Title).Should().Equal("Talks on Rafah resume");
    }

    [Theory]
    [InlineData("rafah OR markets")]
    [InlineData("title:markets")]
    [InlineData("\"unbalanced rafah")]
    [InlineData("NEAR(rafah ceasefire)")]
    [InlineData("'; DROP TABLE Articles; --")]
    public async Task Hostile_input_runs_as_plain_words_and_never_fails(string input)
    {
        await using var database = await StoreAsync();

        var search = () => SearchAsync(database, input);

        await search.Should().NotThrowAsync();
        await using var db = database.CreateDbContext();
        db.Articles.Count().Should().Be(3);
    }
}
