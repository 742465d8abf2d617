using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsReader.Articles;
using NewsReader.Sources;
using NewsReader.Sources.PlainText;
using NewsReader.TestSupport;

namespace NewsReader.Ingestion;

public sealed class ArticleIngestorTests
{
    private static ParsedArticle Seed(string file) =>
        PlainTextArticleParser.Parse(File.ReadAllText(RepositoryPaths.Seed(file))).Value!;

    [Fact]
    public async Task Ingesting_a_seed_stores_the_article_its_headlines_and_mentions()
    {
        await using var database = await TestDatabase.CreateAsync();
        var parsed = Seed("000_74888a945cd2ecf2.txt");

        var outcome = await database.Ingestor().IngestAsync(parsed, "seeds/000.txt", CancellationToken.None);

        outcome.Status.Should().Be(IngestStatus.Added);
        await using var db = database.CreateDbContext();
        var article = await db.Articles.Include(a => a.RelatedHeadlines).Include(a => a.Mentions).SingleAsync();
        article.Title.Should().Be(parsed.Title);
        article.Text.Should().Be(parsed.Text);
        article.IngestedAt.Should().Be(database.Time.GetUtcNow().UtcDateTime);
        article.RelatedHeadlines.OrderBy(h => h.Position).Select(h => h.Text).Should().Equal(parsed.RelatedHeadlines);
        article.Mentions.Should().NotBeEmpty().And.OnlyContain(m => article.Text.Substring(m.Start, m.End - m.Start) == m.Text);
    }

    [Fact]
    public async Task Where_it_was_published_and_by_whom_are_stored_and_a_web_source_is_its_address_unless_it_names_its_own()
    {
        await using var database = await TestDatabase.CreateAsync();
        var paragraphs = new[] { "Firefighters fought a blaze aboard a ferry in the harbour on Monday." };
        var named = new ParsedArticle("Ferry burns", null, null, paragraphs, []) { Url = new Uri("https://news.example/ferry"), Byline = "Ana Ruiz" };
        var fetched = new ParsedArticle("Ferry burns again", null, null, ["Crews fought a second blaze aboard the ferry on Tuesday."], []);
        var local = new ParsedArticle("Ferry burns a third time", null, null, ["The ferry burned a third time on Wednesday morning."], []);

        var ids = new List<int>();
        foreach (var (parsed, source) in new[] { (named, "https://mirror.example/copy"), (fetched, "https://news.example/again"), (local, "/home/ana/ferry.txt") })
        {
            ids.Add((await database.Ingestor().IngestAsync(parsed, source, CancellationToken.None)).ArticleId!.Value);
        }

        await using var db = database.CreateDbContext();
        var origins = await db.ArticleOrigins.ToDictionaryAsync(o => o.ArticleId);
        origins[ids[0]].Url.Should().Be("https://news.example/ferry");
        origins[ids[0]].Byline.Should().Be("Ana Ruiz");
        origins[ids[1]].Url.Should().Be("https://news.example/again");
        origins[ids[1]].Byline.Should().BeNull();
        origins.Should().NotContainKey(ids[2], "a local file with no address or byline has no origin to cite");
    }

    [Theory]
    [InlineData("ftp://files.example/a.txt", null)]
    [InlineData("https://news.example/a", "https://news.example/a")]
    public void Only_web_addresses_are_kept_as_where_an_article_was_published(string address, string? kept) =>
        (ArticleOrigin.Of(new Uri(address), null)?.Url).Should().Be(kept);

    [Fact]
    public void A_byline_longer_than_any_is_not_kept() =>
        ArticleOrigin.Of(null, new string('x', ArticleOrigin.MaxBylineLength + 1)).Should().BeNull();

    [Fact]
    public async Task An_article_is_stored_with_its_leads_terms_and_a_derived_headline_is_not_counted_twice()
    {
        await using var database = await TestDatabase.CreateAsync();
        var given = new ParsedArticle("Ferry burns in harbour", "Wire", null, ["Firefighters fought a blaze aboard a ferry.", "Tourism has grown."], []);
        var derived = given with { Title = "Firefighters fought a blaze aboard a ferry", TitleDerived = true, Paragraphs = ["Firefighters fought a blaze aboard a ferry.", "Crews worked overnight."] };

        await database.Ingestor().IngestAsync(given, "given", CancellationToken.None);
        await database.Ingestor().IngestAsync(derived, "derived", CancellationToken.None);

        await using var db = database.CreateDbContext();
        var leads = await db.ArticleLeads.Include(l => l.Article).ToDictionaryAsync(l => l.Article!.Source, l => Text.ContentTerms.Parse(l.Terms));
        leads["given"].Should().ContainKeys("harbour", "blaze", "tourism");
        leads["derived"]["blaze"].Should().Be(1, "a headline derived from the lead repeats it");
    }

    [Theory]
    [InlineData(-30.0, true)]
    [InlineData(0.5, true)] // a later time zone's today
    [InlineData(3.0, false)]
    [InlineData(365.0 * 178, false)] // a mistyped year
    public async Task A_date_later_than_the_moment_of_storing_is_not_a_publication_date(double daysAfterNow, bool kept)
    {
        await using var database = await TestDatabase.CreateAsync();
        var date = database.Time.GetUtcNow().UtcDateTime.AddDays(daysAfterNow);

        await database.Ingestor().IngestAsync(new ParsedArticle("Ferry burns in harbour", "Wire", date, ["Firefighters fought a blaze aboard a ferry."], []), "a", CancellationToken.None);

        await using var db = database.CreateDbContext();
        (await db.Articles.SingleAsync()).PublishedAt.Should().Be(kept ? date : null);
    }

    [Fact]
    public async Task A_long_article_is_stored_with_its_text_checkpoints_and_a_short_one_without()
    {
        await using var database = await TestDatabase.CreateAsync();
        var longText = string.Join("\n\n", Enumerable.Range(0, 2_000).Select(i => $"Paragraph {i}: the council met in Zürich on day {i}."));
        var shortText = "The council met in Zürich on Tuesday.";

        var longOne = await database.Ingestor().IngestAsync(new ParsedArticle("A long record", null, null, [longText], []), "long.txt", CancellationToken.None);
        var shortOne = await database.Ingestor().IngestAsync(new ParsedArticle("A short note", null, null, [shortText], []), "short.txt", CancellationToken.None);

        await using var db = database.CreateDbContext();
        var stored = await db.TextCheckpoints.ToListAsync();
        stored.Should().ContainSingle().Which.ArticleId.Should().Be(longOne.ArticleId);
        stored[0].UnitsBefore.Should().Equal(TextCheckpoints.Of(longText));
        shortOne.Status.Should().Be(IngestStatus.Added);
    }

    [Fact]
    public async Task The_same_content_again_is_a_duplicate_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ingestor = database.Ingestor();
        var first = await ingestor.IngestAsync(Seed("004_d7be26c49e3a6d0f.txt"), "a.txt", CancellationToken.None);
        var before = await StoreCountsAsync(database);

        var again = await ingestor.IngestAsync(Seed("004_d7be26c49e3a6d0f.txt"), "b.txt", CancellationToken.None);

        again.Should().Be(IngestOutcome.Duplicate("b.txt", first.ArticleId!.Value));
        (await StoreCountsAsync(database)).Should().Be(before);
        before.Articles.Should().Be(1);
    }

    /// <summary>What an ingest writes: rows of every kind, and the statistics story filing keeps.</summary>
    private static async Task<(int Articles, int Mentions, int Entities, int Aliases, int Terms, int EntityArticles, int TermArticles)> StoreCountsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return (await db.Articles.CountAsync(), await db.Mentions.CountAsync(), await db.Entities.CountAsync(), await db.Aliases.CountAsync(),
            await db.TermStatistics.CountAsync(), await db.Entities.SumAsync(e => e.ArticleCount), await db.TermStatistics.SumAsync(t => t.Articles));
    }

    [Fact]
    public async Task Both_seeds_share_one_entity_per_real_world_thing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ingestor = database.Ingestor();
        await ingestor.IngestAsync(Seed("000_74888a945cd2ecf2.txt"), "000", CancellationToken.None);
        await ingestor.IngestAsync(Seed("004_d7be26c49e3a6d0f.txt"), "004", CancellationToken.None);

        await using var db = database.CreateDbContext();
        var shared = await db.Entities
            .Where(e => e.Mentions.Select(m => m.ArticleId).Distinct().Count() == 2)
            .Select(e => e.Name)
            .ToListAsync();

        shared.Should().BeEquivalentTo(
            "Benjamin Netanyahu", "Joe Biden", "Karine Jean-Pierre", "Washington, D.C.", "Rafah", "Gaza Strip",
            "Israel", "United States", "White House", "Hamas", "Rafah ground offensive");
        (await db.Entities.CountAsync(e => e.Name == "Benjamin Netanyahu")).Should().Be(1);
    }

    [Fact]
    public async Task A_failure_while_writing_leaves_nothing_half_written()
    {
        await using var database = await TestDatabase.CreateAsync(new FailingMentionInsert());

        var act = () => database.Ingestor().IngestAsync(Seed("000_74888a945cd2ecf2.txt"), "000", CancellationToken.None);

        await act.Should().ThrowAsync<DbUpdateException>().WithInnerException(typeof(InvalidOperationException));
        await using var db = database.CreateDbContext();
        (await db.Articles.CountAsync()).Should().Be(0);
        (await db.Entities.CountAsync()).Should().Be(0);
        (await db.RelatedHeadlines.CountAsync()).Should().Be(0);
    }

    /// <summary>Fails the write of mentions, which comes after the article, its headlines and entities.</summary>
    private sealed class FailingMentionInsert : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"Mentions\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("simulated failure")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
