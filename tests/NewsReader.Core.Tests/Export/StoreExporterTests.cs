using System.Text.Json;
using NewsReader.Ingestion;
using NewsReader.Sources;
using NewsReader.TestSupport;

namespace NewsReader.Export;

public sealed class StoreExporterTests
{
    [Fact]
    public async Task Export_follows_the_contract_and_its_offsets_index_the_text()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SourceIngestor().IngestAsync(SourceFile.ExpandPaths([RepositoryPaths.Seeds]), IngestOptions.Default, null, CancellationToken.None);
        using var output = new MemoryStream();

        await database.Exporter().WriteAsync(output, CancellationToken.None);

        using var json = JsonDocument.Parse(output.ToArray());
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("articles", "entities", "stories");
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        articles.Should().HaveCount(2);
        articles[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "title", "titleDerived", "outlet", "published", "source", "url", "byline", "ingestedAt", "text", "storyId", "relatedHeadlines", "mentions", "related");
        articles[0].GetProperty("outlet").GetString().Should().Be("NewsTrack");
        articles[0].GetProperty("relatedHeadlines")[0].GetProperty("articleId").ValueKind.Should().Be(JsonValueKind.Null);
        foreach (var article in articles)
        {
            var text = article.GetProperty("text").GetString()!;
            foreach (var mention in article.GetProperty("mentions").EnumerateArray())
            {
                var (start, end) = (mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
                text[start..end].Should().Be(mention.GetProperty("text").GetString());
            }
        }

        var kinds = root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Distinct();
        kinds.Should().BeSubsetOf(["person", "place", "organization", "event"]);
        var netanyahu = root.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Benjamin Netanyahu");
        netanyahu.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal("Netanyahu");
        var meloni = root.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Giorgia Meloni");
        meloni.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("Prime Minister");
        var us = root.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "United States");
        us.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().BeEquivalentTo("U.S.", "US");
    }

    [Fact]
    public async Task Export_fills_stories_and_related_articles_in_rank_order_with_scores()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.SourceIngestor().IngestAsync(SourceFile.ExpandPaths([RepositoryPaths.Seeds]), IngestOptions.Default, null, CancellationToken.None);
        using var output = new MemoryStream();

        await database.Exporter().WriteAsync(output, CancellationToken.None);

        using var json = JsonDocument.Parse(output.ToArray());
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        var story = json.RootElement.GetProperty("stories").EnumerateArray().Single();
        var ids = articles.Select(a => a.GetProperty("id").GetInt32()).ToList();
        story.GetProperty("articleIds").EnumerateArray().Select(i => i.GetInt32()).Should().Equal(ids);
        articles.Should().OnlyContain(a => a.GetProperty("storyId").GetInt32() == story.GetProperty("id").GetInt32());
        var related = articles[0].GetProperty("related").EnumerateArray().Single();
        related.GetProperty("articleId").GetInt32().Should().Be(ids[1]);
        related.GetProperty("score").GetDouble().Should().BeInRange(RelatedArticlesMinimum, 1.5);
    }

    private const double RelatedArticlesMinimum = Stories.RelatedArticles.MinimumScore;

    [Fact]
    public async Task Published_times_are_written_in_utc_with_its_designator()
    {
        await using var database = await TestDatabase.CreateAsync();
        var published = new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc);
        await database.Ingestor().IngestAsync(new ParsedArticle("Harbour plan approved", "Coastal Times", published, ["The council approved the harbour plan."], []), "a.txt", CancellationToken.None);
        using var output = new MemoryStream();

        await database.Exporter().WriteAsync(output, CancellationToken.None);

        using var json = JsonDocument.Parse(output.ToArray());
        json.RootElement.GetProperty("articles")[0].GetProperty("published").GetString().Should().Be("2026-03-03T09:00:00Z");
    }
}
