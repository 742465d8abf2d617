using System.Text.Json;
using NewsReader.Ingestion;
using NewsReader.TestSupport;

namespace NewsReader.Export;

public sealed class StoreExporterTests
{
    [Fact]
    public async Task Export_follows_the_contract_and_its_offsets_index_the_text()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.FileIngestor().IngestAsync(FileIngestor.ExpandPaths([RepositoryPaths.Seeds]), null, CancellationToken.None);
        using var output = new MemoryStream();

        await database.Exporter().WriteAsync(output, CancellationToken.None);

        using var json = JsonDocument.Parse(output.ToArray());
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("articles", "entities", "stories");
        var articles = root.GetProperty("articles").EnumerateArray().ToList();
        articles.Should().HaveCount(2);
        articles[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "title", "outlet", "published", "source", "text", "storyId", "relatedHeadlines", "mentions", "related");
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
}
