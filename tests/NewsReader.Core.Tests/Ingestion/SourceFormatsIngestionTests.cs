using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsReader.Fetching;
using NewsReader.Sources.Feeds;
using NewsReader.TestSupport;

namespace NewsReader.Ingestion;

/// <summary>Each kind of source, end to end: from bytes on disk or on a (loopback) server to a stored article.</summary>
public sealed class SourceFormatsIngestionTests : IAsyncDisposable
{
    private const string Page = """
        <!DOCTYPE html><html><head><title>Harbour plan approved | Coastal Times</title>
        <meta property="og:site_name" content="Coastal Times">
        <meta property="article:published_time" content="2026-03-03T10:00:00+01:00"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Harbour plan approved</h1>
        <p>The council in Portsmouth approved the harbour plan on Tuesday, officials said, after a long debate.</p>
        <p>Work on the new quay starts in May and costs 12 million pounds, the mayor said.</p></article></body></html>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-sources-").FullName;
    private readonly LoopbackServer _server = new();

    [Fact]
    public async Task Html_markdown_and_feed_files_each_become_articles()
    {
        await using var database = await TestDatabase.CreateAsync();
        var files = new[]
        {
            Write("page.html", Page),
            Write("note.md", "---\ntitle: Ferry strike ends\noutlet: Harbour Watch\n---\n\nThe ferry strike in Portsmouth ended on Friday, the union said.\n"),
            Write("feed.xml", FeedReaderTests.Rss($"<item><title>Quay work begins</title><link>https://coastal.example/quay</link><description><![CDATA[<p>{FeedReaderTests.LongParagraph}</p>]]></description></item>")),
        };

        var outcomes = await database.SourceIngestor().IngestAsync(files, IngestOptions.Default, null, CancellationToken.None);

        outcomes.Should().OnlyContain(o => o.Status == IngestStatus.Added);
        await using var db = database.CreateDbContext();
        var articles = await db.Articles.OrderBy(a => a.Id).Select(a => new { a.Title, a.Outlet, a.Source, a.PublishedAt }).ToListAsync();
        articles.Select(a => (a.Title, a.Outlet)).Should().Equal(
            ("Harbour plan approved", "Coastal Times"), ("Ferry strike ends", "Harbour Watch"), ("Quay work begins", "Coastal Times"));
        articles[0].PublishedAt.Should().Be(new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc));
        articles[2].Source.Should().Be("https://coastal.example/quay");
        (await db.Mentions.CountAsync(m => m.Text == "Portsmouth")).Should().Be(2);
    }

    [Fact]
    public async Task A_url_is_fetched_and_read_by_its_media_type()
    {
        await using var database = await TestDatabase.CreateAsync();
        _server.Map("/harbour", "text/html; charset=utf-8", Page);

        var outcomes = await Ingestor(database).IngestAsync([_server.Url("/harbour").AbsoluteUri], IngestOptions.Default, null, CancellationToken.None);

        outcomes.Should().ContainSingle().Which.Status.Should().Be(IngestStatus.Added);
        await using var db = database.CreateDbContext();
        (await db.Articles.SingleAsync()).Source.Should().Be(_server.Url("/harbour").AbsoluteUri);
    }

    [Fact]
    public async Task A_feed_teaser_is_skipped_with_a_reason_unless_links_are_followed()
    {
        await using var database = await TestDatabase.CreateAsync();
        _server.Map("/harbour", "text/html", Page);
        _server.Map("/feed", "application/rss+xml", FeedReaderTests.Rss($"<item><title>Harbour plan approved</title><link>{_server.Url("/harbour")}</link><description>Teaser.</description></item>"));
        var feed = _server.Url("/feed").AbsoluteUri;

        var without = await Ingestor(database).IngestAsync([feed], IngestOptions.Default, null, CancellationToken.None);
        var with = await Ingestor(database).IngestAsync([feed], new IngestOptions(FollowLinks: true), null, CancellationToken.None);

        without.Should().ContainSingle().Which.Reason.Should().Contain("--follow-links");
        with.Should().ContainSingle().Which.Should().Match<IngestOutcome>(o => o.Status == IngestStatus.Added && o.Source == _server.Url("/harbour").AbsoluteUri);
    }

    private static SourceIngestor Ingestor(TestDatabase database) => database.SourceIngestor(new FetchOptions { AllowPrivateAddresses = true, TimeoutSeconds = 5 });

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
