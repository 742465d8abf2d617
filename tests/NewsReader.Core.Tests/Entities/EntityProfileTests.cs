using Microsoft.EntityFrameworkCore;
using NewsReader.Ingestion;
using NewsReader.Sources;
using NewsReader.TestSupport;

namespace NewsReader.Entities;

public sealed class EntityProfileTests
{
    [Fact]
    public async Task A_profile_gathers_forms_outlets_dates_companions_and_articles()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SourceIngestor().IngestAsync(SourceFile.ExpandPaths([RepositoryPaths.Seeds]), IngestOptions.Default, null, CancellationToken.None);
        await using var db = database.CreateDbContext();
        var id = await db.Entities.Where(e => e.Name == "Joe Biden").Select(e => e.Id).SingleAsync();

        var profile = (await EntityProfile.LoadAsync(db, id, CancellationToken.None))!;

        profile.Kind.Should().Be(EntityKind.Person);
        profile.ArticleCount.Should().Be(2);
        profile.Aliases.Select(a => a.Text).Should().BeEquivalentTo("Joe Biden", "Biden");
        profile.Outlets.Select(o => o.Outlet).Should().BeEquivalentTo("NewsTrack", "Unknown outlet");
        profile.FirstSeen.Should().Be(database.Time.GetUtcNow().UtcDateTime);
        profile.MentionedWith.Should().Contain(c => c.Name == "Benjamin Netanyahu" && c.Articles == 2);
        profile.MentionedWith.Should().NotContain(c => c.Id == id);
        profile.Articles.Should().HaveCount(2).And.OnlyContain(a => a.Sentences.Count > 0);
    }

    [Fact]
    public async Task There_is_no_profile_for_an_unknown_entity()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        (await EntityProfile.LoadAsync(db, 42, CancellationToken.None)).Should().BeNull();
    }
}
