using NewsReader.Articles;
using Microsoft.EntityFrameworkCore;
using NewsReader.Ingestion;
using NewsReader.Sources;
using NewsReader.TestSupport;

namespace NewsReader.Entities;

[Collection(nameof(MeasuredAlone))]
public sealed class EntityProfileTests
{
    [Fact]
    public async Task A_profile_gathers_forms_outlets_dates_companions_and_articles()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SourceIngestor().IngestAsync(SourceFile.ExpandPaths([RepositoryPaths.Seeds]), IngestOptions.Default, null, CancellationToken.None);
        await using var db = database.CreateDbContext();
        var id = await db.Entities.Where(e => e.Name == "Joe Biden").Select(e => e.Id).SingleAsync();

        var profile = (await EntityProfile.LoadAsync(db, id, page: null, CancellationToken.None))!;

        profile.Kind.Should().Be(EntityKind.Person);
        profile.ArticleCount.Should().Be(2);
        profile.Aliases.Select(a => a.Text).Should().BeEquivalentTo("Joe Biden", "Biden");
        profile.Outlets.Select(o => o.Outlet).Should().BeEquivalentTo("NewsTrack", "Unknown outlet");
        profile.FirstSeen.Should().BeNull("the seeds give no date, and the day they were stored is not the day they were published");
        profile.MentionedWith.Should().Contain(c => c.Name == "Benjamin Netanyahu" && c.Articles == 2);
        profile.MentionedWith.Should().NotContain(c => c.Id == id);
        profile.Articles.Items.Should().HaveCount(2).And.OnlyContain(a => a.Sentences.Count > 0);
        profile.Articles.Items.SelectMany(a => a.Sentences).Should().OnlyContain(s => System.Text.RegularExpressions.Regex.IsMatch(s, "\uE000(Joe )?Biden\uE001"), "the name is marked as it is written");
        (profile.Timeline.Bars.Count, profile.Timeline.Undated).Should().Be((0, 2), "neither seed is dated, and the chart says so rather than inventing days");
    }

    [Fact]
    public async Task A_huge_article_naming_someone_thousands_of_times_is_read_around_the_mentions_shown_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, id) = await HugeArticle.StoreAsync(database, paragraphs: 9_000);
        await using var db = database.CreateDbContext();
        (await db.Articles.SumAsync(a => a.Text.Length)).Should().BeGreaterThan(1_000_000);
        await EntityProfile.LoadAsync(db, id, page: null, CancellationToken.None);

        // Before, the page's query read the article's whole text once per mention: 9,000 copies of 2 MB.
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var profile = (await EntityProfile.LoadAsync(db, id, page: null, CancellationToken.None))!;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        allocated.Should().BeLessThan(64L << 20, "the page reads a window around the few mentions it shows, not the text per mention");
        var article = profile.Articles.Items.Should().ContainSingle().Subject;
        article.MentionCount.Should().Be(9_000);
        article.Sentences.Should().Equal(HugeArticle.MarkedSentenceOf(0), HugeArticle.MarkedSentenceOf(1), HugeArticle.MarkedSentenceOf(2));
        profile.Aliases.Should().ContainSingle().Which.Text.Should().Be(HugeArticle.Person, "forms are counted from the article's first {0:N0} characters", EntityProfile.ReadCharacters);
    }

    [Fact]
    public async Task Sentences_are_found_where_characters_outside_the_basic_plane_shift_the_offsets()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (articleId, id) = await HugeArticle.StoreAsync(database, paragraphs: 200, withEmoji: true);
        await using (var db = database.CreateDbContext())
        {
            // Only mentions far into the text, where 150 emoji stand before them.
            var firstMentions = await db.Mentions.Where(m => m.EntityId == id).OrderBy(m => m.Start).Take(150).Select(m => m.Id).ToListAsync();
            await db.Mentions.Where(m => firstMentions.Contains(m.Id)).ExecuteDeleteAsync();
        }

        await using var reading = database.CreateDbContext();
        var profile = (await EntityProfile.LoadAsync(reading, id, page: null, CancellationToken.None))!;

        profile.Articles.Items.Single(a => a.Id == articleId).Sentences.Should().Equal(HugeArticle.MarkedSentenceOf(150), HugeArticle.MarkedSentenceOf(151), HugeArticle.MarkedSentenceOf(152));
    }

    [Fact]
    public async Task An_entity_in_more_articles_than_the_window_is_counted_whole_and_described_from_its_newest()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            var entity = new Entity { Name = "Wide Council", NormalizedName = "wide council", Kind = EntityKind.Organization, ArticleCount = EntityProfile.Window + 5 };
            db.Articles.AddRange(Enumerable.Range(0, EntityProfile.Window + 5).Select(i => new Article
            {
                Title = $"Report {i}", Source = $"r{i}", Text = "The Wide Council met.", ContentHash = $"h{i}", IngestedAt = database.Time.GetUtcNow().UtcDateTime.AddMinutes(i),
                Outlet = i < 5 ? "Oldest Wire" : "Newer Post",
                Mentions = [new Mention { Start = 4, End = 16, Text = "Wide Council", Entity = entity }],
            }));
            await db.SaveChangesAsync();
        }

        await using var reading = database.CreateDbContext();
        var id = await reading.Entities.Select(e => e.Id).SingleAsync();
        var profile = (await EntityProfile.LoadAsync(reading, id, page: null, CancellationToken.None))!;

        profile.ArticleCount.Should().Be(EntityProfile.Window + 5);
        profile.Windowed.Should().BeTrue();
        profile.Outlets.Should().Equal(("Newer Post", EntityProfile.Window));
        profile.Articles.Items.Should().HaveCount(50);
        profile.Articles.Items[0].Title.Should().Be($"Report {EntityProfile.Window + 4}");
        var last = (await EntityProfile.LoadAsync(reading, id, page: 3, CancellationToken.None))!.Articles;
        (last.First, last.Last, last.Total, last.HasPrevious, last.HasNext).Should().Be((101, 105, 105, true, false));
        last.Items.Select(a => a.Title).Should().Equal("Report 4", "Report 3", "Report 2", "Report 1", "Report 0");
    }

    [Fact]
    public async Task There_is_no_profile_for_an_unknown_entity()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        (await EntityProfile.LoadAsync(db, 42, page: null, CancellationToken.None)).Should().BeNull();
    }
}
