using Microsoft.EntityFrameworkCore;
using NewsReader.Sources;
using NewsReader.Sources.PlainText;
using NewsReader.TestSupport;

namespace NewsReader.Stories;

public sealed class StoryAssignerTests
{
    private static ParsedArticle Seed(string file) =>
        PlainTextArticleParser.Parse(File.ReadAllText(RepositoryPaths.Seed(file))).Value!;

    private static ParsedArticle Article(string title, string outlet, params string[] paragraphs) => new(title, outlet, null, paragraphs, []);

    [Fact]
    public async Task The_two_seeds_are_one_story_titled_by_the_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = Seed("000_74888a945cd2ecf2.txt");
        await database.Ingestor().IngestAsync(first, "a", CancellationToken.None);
        await database.Ingestor().IngestAsync(Seed("004_d7be26c49e3a6d0f.txt"), "b", CancellationToken.None);

        await using var db = database.CreateDbContext();
        var stories = await db.Articles.Select(a => a.StoryId).Distinct().ToListAsync();
        stories.Should().ContainSingle().Which.Should().NotBeNull();
        (await db.Stories.SingleAsync()).Title.Should().Be(first.Title);
    }

    [Fact]
    public async Task Each_filing_keeps_the_article_it_was_filed_with_and_their_likeness_and_an_article_alone_keeps_none()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Ingestor().IngestAsync(Seed("000_74888a945cd2ecf2.txt"), "a", CancellationToken.None);
        await database.Ingestor().IngestAsync(Seed("004_d7be26c49e3a6d0f.txt"), "b", CancellationToken.None);
        await database.Ingestor().IngestAsync(Article("Quake in Chile", "Wire",
            "A magnitude 7.1 earthquake struck off the coast of Chile on Tuesday, the United States Geological Survey said."), "c", CancellationToken.None);

        await using var db = database.CreateDbContext();
        var articles = await db.Articles.ToDictionaryAsync(a => a.Source);
        var filings = await db.ArticleFilings.ToDictionaryAsync(f => f.ArticleId);
        filings[articles["a"].Id].WithArticleId.Should().Be(articles["b"].Id, "the first report is filed with the one that found it");
        filings[articles["b"].Id].WithArticleId.Should().Be(articles["a"].Id);
        filings[articles["a"].Id].Likeness.Should().Be(filings[articles["b"].Id].Likeness).And.BeInRange(StoryModel.Trained.JoinThreshold, 1);
        filings.Should().NotContainKey(articles["c"].Id, "an article alone was filed nowhere");

        var profile = await StoryViews.LoadAsync(db, articles["a"].StoryId!.Value, CancellationToken.None);
        profile!.Reasons[articles["b"].Id].With.Id.Should().Be(articles["a"].Id);
        profile.Reasons[articles["b"].Id].SharedNames.Should().HaveCountGreaterThan(0).And.HaveCountLessThanOrEqualTo(StoryViews.MaxReasonNames);
    }

    [Fact]
    public async Task An_article_on_another_event_stays_alone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Ingestor().IngestAsync(Seed("000_74888a945cd2ecf2.txt"), "a", CancellationToken.None);
        await database.Ingestor().IngestAsync(Article("Quake in Chile", "Wire",
            "A magnitude 7.1 earthquake struck off the coast of Chile on Tuesday, the United States Geological Survey said.",
            "Residents of Valparaiso fled to higher ground as tsunami sirens sounded along the coast."), "c", CancellationToken.None);

        await using var db = database.CreateDbContext();
        (await db.Articles.SingleAsync(a => a.Source == "c")).StoryId.Should().BeNull();
    }

    [Fact]
    public async Task Wire_copy_carried_by_a_second_outlet_is_marked_as_a_copy_in_the_same_story()
    {
        await using var database = await TestDatabase.CreateAsync();
        var original = Seed("000_74888a945cd2ecf2.txt");
        await database.Ingestor().IngestAsync(original, "a", CancellationToken.None);
        var copy = original with { Outlet = "Another Outlet", Paragraphs = [.. original.Paragraphs, "Reporting by the wire service."] };
        await database.Ingestor().IngestAsync(copy, "b", CancellationToken.None);

        await using var db = database.CreateDbContext();
        var articles = await db.Articles.OrderBy(a => a.Id).ToListAsync();
        articles[1].CopyOfId.Should().Be(articles[0].Id);
        articles[1].StoryId.Should().NotBeNull().And.Be(articles[0].StoryId);
    }

    [Fact]
    public async Task Entities_and_terms_count_the_articles_they_occur_in()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Ingestor().IngestAsync(Seed("000_74888a945cd2ecf2.txt"), "a", CancellationToken.None);
        await database.Ingestor().IngestAsync(Seed("004_d7be26c49e3a6d0f.txt"), "b", CancellationToken.None);

        await using var db = database.CreateDbContext();
        (await db.Entities.SingleAsync(e => e.Name == "Rafah")).ArticleCount.Should().Be(2);
        (await db.TermStatistics.SingleAsync(t => t.Term == "rafah")).Articles.Should().Be(2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_article_that_matches_two_stories_merges_them_when_it_reaches_the_merge_threshold(bool reachesIt)
    {
        // Merging at the join threshold, or never (above every probability).
        var model = StoryModel.Trained with { MergeThreshold = reachesIt ? StoryModel.Trained.JoinThreshold : 1.01 };
        await using var database = await TestDatabase.CreateAsync();
        async Task<int> IngestAsync(string source, params string[] paragraphs) =>
            (await database.Ingestor(model).IngestAsync(Article(source, "Wire", paragraphs), source, CancellationToken.None)).ArticleId!.Value;

        await IngestAsync("a1", "Firefighters in Porto fought a blaze aboard the ferry Aurora Star overnight, harbour master Rui Tavares said.",
            "Rui Tavares said the Aurora Star crew left the vessel in lifeboats before the flames reached the bridge.");
        await IngestAsync("a2", "The ferry Aurora Star burned for hours in Porto, harbour master Rui Tavares told reporters.",
            "Rui Tavares said smoke from the Aurora Star drifted across Porto until dawn.");
        await IngestAsync("b1", "Atlantica Lines chief executive Marta Sousa said the company would compensate every passenger.",
            "Marta Sousa said Atlantica Lines had suspended crossings from Leixoes while inspectors worked.");
        await IngestAsync("b2", "Marta Sousa of Atlantica Lines promised refunds and said crossings from Leixoes stay suspended.",
            "Atlantica Lines inspectors reached Leixoes on Tuesday, Marta Sousa said.");
        await using (var before = database.CreateDbContext())
        {
            var stories = await before.Articles.ToDictionaryAsync(a => a.Source, a => a.StoryId);
            stories["a1"].Should().NotBeNull().And.Be(stories["a2"]);
            stories["b1"].Should().NotBeNull().And.Be(stories["b2"]).And.NotBe(stories["a1"], "before the bridge the two read as two stories");
        }

        await IngestAsync("bridge", "Atlantica Lines chief executive Marta Sousa said the fire aboard its ferry Aurora Star in Porto was under investigation.",
            "Harbour master Rui Tavares said the Aurora Star would be towed to Leixoes, where Atlantica Lines inspectors and Marta Sousa waited.",
            "Rui Tavares and Marta Sousa said the crew of the Aurora Star were safe and crossings from Porto and Leixoes stay suspended.");

        await using var db = database.CreateDbContext();
        (await db.Articles.Select(a => a.StoryId).Distinct().CountAsync()).Should().Be(reachesIt ? 1 : 2);
        (await db.Stories.CountAsync()).Should().Be(reachesIt ? 1 : 2, "an emptied story is removed");
        var summaries = await db.Stories.Select(s => new { s.ArticleCount, s.LastArticleId, Counted = s.Articles.Count(), Last = s.Articles.Max(a => a.Id) }).ToListAsync();
        summaries.Should().OnlyContain(s => s.ArticleCount == s.Counted && s.LastArticleId == s.Last, "a story's summary is kept as articles join and stories merge");
    }

    [Fact]
    public async Task A_story_keeps_its_count_latest_publication_and_last_article_as_it_grows()
    {
        await using var database = await TestDatabase.CreateAsync();
        var dated = Seed("000_74888a945cd2ecf2.txt") with { PublishedAt = new DateTime(2024, 3, 25, 8, 0, 0, DateTimeKind.Utc) };
        await database.Ingestor().IngestAsync(dated, "a", CancellationToken.None);
        var second = (await database.Ingestor().IngestAsync(Seed("004_d7be26c49e3a6d0f.txt"), "b", CancellationToken.None)).ArticleId;

        await using var db = database.CreateDbContext();
        var story = await db.Stories.SingleAsync();
        (story.ArticleCount, story.LatestPublishedAt, story.LastArticleId).Should().Be((2, dated.PublishedAt, second!.Value));
    }
}
