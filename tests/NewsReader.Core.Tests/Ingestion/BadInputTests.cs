using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsReader.TestSupport;

namespace NewsReader.Ingestion;

/// <summary>
/// Hostile and broken files in one batch: each refused with a clear reason, nothing half-written, and the good file
/// among them stored all the same. (Hostile servers are in <see cref="Fetching.WebFetcherTests"/>, hostile upload
/// names in the web tests.)
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-bad-").FullName;

    public static TheoryData<string, string> Cases => new()
    {
        { "binary.html", "binary file" },
        { "zero.txt", "empty file" },
        { "invalid-utf8.md", "not valid UTF-8" },
        { "huge.html", "too large" },
        { "deep.html", "not an article: its HTML nests 20,000 elements deep" },
        { "laughs.xml", "not a readable feed: it uses the entity &lol3; that its DTD declares" },
        { "not-a-feed.rss", "not a readable feed: the XML is malformed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_file_is_refused_with_its_reason_and_the_rest_of_the_batch_is_stored(string name, string reason)
    {
        await using var database = await TestDatabase.CreateAsync();
        var files = new[] { Create(name), RepositoryPaths.Seed("000_74888a945cd2ecf2.txt") };

        var outcomes = await database.SourceIngestor().IngestAsync(files, IngestOptions.Default, null, CancellationToken.None);

        outcomes.Should().HaveCount(2);
        outcomes[0].Status.Should().Be(IngestStatus.Failed);
        outcomes[0].Reason.Should().StartWith(reason);
        outcomes[1].Status.Should().Be(IngestStatus.Added);
        await using var db = database.CreateDbContext();
        (await db.Articles.CountAsync()).Should().Be(1);
        (await db.Mentions.CountAsync(m => m.ArticleId != outcomes[1].ArticleId)).Should().Be(0);
    }

    [Fact]
    public async Task Utf16_text_with_a_byte_order_mark_is_read()
    {
        await using var database = await TestDatabase.CreateAsync();
        var path = Path.Combine(_folder, "utf16.txt");
        await File.WriteAllTextAsync(path, "Harbour plan approved\n\nThe council in Portsmouth approved the harbour plan on Tuesday, officials said.\n", Encoding.Unicode);

        var outcome = await database.SourceIngestor().IngestFileAsync(path, CancellationToken.None);

        outcome.Status.Should().Be(IngestStatus.Added);
    }

    private string Create(string name)
    {
        var path = Path.Combine(_folder, name);
        var paragraph = "<p>The council approved the plan on Tuesday, officials said, after a long debate.</p>";
        byte[] content = name switch
        {
            "binary.html" => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0],
            "zero.txt" => [],
            "invalid-utf8.md" => [(byte)'#', (byte)' ', (byte)'T', 0xC3, 0x28, (byte)'\n'],
            "huge.html" => Encoding.ASCII.GetBytes("<html><head><title>Huge</title></head><body>" + string.Concat(Enumerable.Repeat(paragraph, 20 * 1024 * 1024 / paragraph.Length)) + "</body></html>"),
            "deep.html" => Encoding.ASCII.GetBytes("<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + paragraph + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>"),
            "laughs.xml" => Encoding.ASCII.GetBytes("""
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <rss version="2.0"><channel><title>&lol3;</title></channel></rss>
                """),
            "not-a-feed.rss" => Encoding.ASCII.GetBytes("<rss><channel><item><title>Unclosed"),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
