using NewsReader.Sources;
using NewsReader.TestSupport;

namespace NewsReader.Search;

public sealed class EntityNameIndexTests
{
    [Fact]
    public async Task Names_stored_after_the_first_search_are_found_by_the_next()
    {
        await using var database = await TestDatabase.CreateAsync();
        var index = new EntityNameIndex();
        await database.Ingestor().IngestAsync(new ParsedArticle("Talks", null, null, ["Benjamin Netanyahu met officials in Jerusalem on Sunday."], []), "a", CancellationToken.None);
        await using (var db = database.CreateDbContext())
        {
            (await EntitySearch.FindAsync(db, index, "Meloni", 10, kind: null, CancellationToken.None)).Should().BeEmpty();
        }

        await database.Ingestor().IngestAsync(new ParsedArticle("Rome", null, null, ["Italian Prime Minister Giorgia Meloni spoke in Rome on Monday."], []), "b", CancellationToken.None);

        await using (var db = database.CreateDbContext())
        {
            var hit = (await EntitySearch.FindAsync(db, index, "Meloni", 10, kind: null, CancellationToken.None)).Single();
            hit.Name.Should().Be("Giorgia Meloni");
            hit.ArticleCount.Should().Be(1);
            (await EntitySearch.FindAsync(db, index, "Netanhayu", 10, kind: null, CancellationToken.None)).Single().Match.Should().Be(NameMatch.Fuzzy);
        }
    }
}
