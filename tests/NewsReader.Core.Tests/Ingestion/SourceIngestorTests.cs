using Microsoft.EntityFrameworkCore;
using NewsReader.Articles;
using NewsReader.Sources;
using NewsReader.TestSupport;

namespace NewsReader.Ingestion;

public sealed class SourceIngestorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-files-").FullName;

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty file" },
        { "blank.txt", " \n\u00A0\n"u8.ToArray(), "blank file" },
        { "binary.txt", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0], "binary file" },
        { "latin1.txt", [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n'], "not valid UTF-8" },
        { "furniture.txt", "Share:\n\nAdvertisement\n\nBy Jane Roe\n"u8.ToArray(), "no article body" },
        { "headline-only.txt", "Headline and nothing else\n\nShare:\n"u8.ToArray(), "no article body" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_reported_and_the_rest_of_the_batch_goes_on(string name, byte[] content, string reason)
    {
        await using var database = await TestDatabase.CreateAsync();
        var bad = Write(name, content);
        var files = new[] { bad, RepositoryPaths.Seed("000_74888a945cd2ecf2.txt") };

        var outcomes = await database.SourceIngestor().IngestAsync(files, IngestOptions.Default, progress: null, CancellationToken.None);

        outcomes[0].Status.Should().Be(IngestStatus.Failed);
        outcomes[0].Reason.Should().StartWith(reason);
        outcomes[1].Status.Should().Be(IngestStatus.Added);
        await using var db = database.CreateDbContext();
        (await db.Articles.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task The_same_file_again_is_a_duplicate_even_when_an_earlier_version_cleaned_its_text_another_way()
    {
        await using var database = await TestDatabase.CreateAsync();
        var file = Write("river.txt", "River rises in Hollis\n\nThe river rose two feet overnight and the town opened its shelters to families.\n"u8.ToArray());
        var first = await database.SourceIngestor().IngestFileAsync(file, CancellationToken.None);
        await using (var db = database.CreateDbContext())
        {
            // As an older reader would have stored it: other text, so another content hash.
            await db.Articles.Where(a => a.Id == first.ArticleId).ExecuteUpdateAsync(u => u.SetProperty(a => a.ContentHash, "older reading"));
        }

        var again = await database.SourceIngestor().IngestFileAsync(file, CancellationToken.None);
        File.AppendAllText(file, "\nThe mayor said the water would fall by Friday, weather permitting.\n");
        var edited = await database.SourceIngestor().IngestFileAsync(file, CancellationToken.None);

        again.Status.Should().Be(IngestStatus.Duplicate);
        again.ArticleId.Should().Be(first.ArticleId);
        edited.Status.Should().Be(IngestStatus.Added, "an edited file is new content");
    }

    [Fact]
    public async Task A_reader_that_throws_fails_its_own_source_and_the_rest_of_the_batch_goes_on()
    {
        await using var database = await TestDatabase.CreateAsync();
        var poisoned = Write("poisoned.txt", "Harbour plan approved\n\nThe council approved the plan on Tuesday.\n"u8.ToArray());
        var files = new[] { poisoned, RepositoryPaths.Seed("000_74888a945cd2ecf2.txt") };
        var logger = new RecordingLogger<SourceIngestor>();
        var ingestor = new SourceIngestor(database.Ingestor(), new Fetching.WebFetcher(Microsoft.Extensions.Options.Options.Create(new Fetching.FetchOptions())),
            document => document.Source.EndsWith("poisoned.txt", StringComparison.Ordinal)
                ? throw new InvalidOperationException("reader broke\non two lines")
                : SourceReader.Read(document), logger);
        var heard = new List<IngestOutcome>();

        var outcomes = await ingestor.IngestAsync(files, IngestOptions.Default, new SynchronousProgress(heard.Add), CancellationToken.None);

        outcomes.Select(o => o.Status).Should().Equal(IngestStatus.Failed, IngestStatus.Added);
        outcomes[0].Reason.Should().Be("unexpected error (InvalidOperationException): reader broke on two lines");
        heard.Should().Equal(outcomes);
        logger.Entries.Should().ContainSingle().Which.Should().Be((Microsoft.Extensions.Logging.LogLevel.Error, $"Unexpected error ingesting {poisoned}"));
    }

    [Fact]
    public async Task Markdown_nested_past_any_article_fails_its_file_and_the_rest_of_the_batch_goes_on()
    {
        await using var database = await TestDatabase.CreateAsync();
        var nested = Write("nested.md", System.Text.Encoding.UTF8.GetBytes("# Harbour plan\n\n" + new string('>', 10_000) + " The council approved it.\n"));
        var files = new[] { nested, RepositoryPaths.Seed("000_74888a945cd2ecf2.txt") };

        var outcomes = await database.SourceIngestor().IngestAsync(files, IngestOptions.Default, progress: null, CancellationToken.None);

        outcomes[0].Reason.Should().StartWith("not an article: Markdown nested 10000 levels deep");
        outcomes[1].Status.Should().Be(IngestStatus.Added);
    }

    [Fact]
    public async Task An_over_size_file_is_refused_before_it_is_read()
    {
        await using var database = await TestDatabase.CreateAsync();
        var big = Path.Combine(_folder, "big.txt");
        await using (var stream = File.Create(big))
        {
            stream.SetLength(ArticleLimits.MaxFileBytes + 1);
        }

        var outcome = await database.SourceIngestor().IngestFileAsync(big, CancellationToken.None);

        outcome.Reason.Should().StartWith("too large");
    }

    [Fact]
    public async Task A_missing_file_is_reported()
    {
        await using var database = await TestDatabase.CreateAsync();

        var outcome = await database.SourceIngestor().IngestFileAsync(Path.Combine(_folder, "nope.txt"), CancellationToken.None);

        outcome.Should().Be(IngestOutcome.Failed(Path.Combine(_folder, "nope.txt"), "no such file"));
    }

    [Fact]
    public void Folders_expand_recursively_to_their_article_files_in_a_stable_order()
    {
        Write("b.txt", "x"u8.ToArray());
        Write("c.html", "x"u8.ToArray());
        Write("d.md", "x"u8.ToArray());
        Write("e.rss", "x"u8.ToArray());
        Write("notes.pdf", "x"u8.ToArray());
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        Write(Path.Combine("sub", "a.txt"), "x"u8.ToArray());

        var files = SourceFile.ExpandPaths([_folder, "https://example.com/a"]);

        files.Select(f => f.StartsWith("https:", StringComparison.Ordinal) ? f : Path.GetRelativePath(_folder, f))
            .Should().Equal("b.txt", "c.html", "d.md", "e.rss", Path.Combine("sub", "a.txt"), "https://example.com/a");
    }

    [Fact]
    public async Task Progress_hears_of_every_file()
    {
        await using var database = await TestDatabase.CreateAsync();
        var heard = new List<IngestOutcome>();

        await database.SourceIngestor().IngestAsync(SourceFile.ExpandPaths([RepositoryPaths.Seeds]), IngestOptions.Default, new SynchronousProgress(heard.Add), CancellationToken.None);

        heard.Select(o => o.Status).Should().Equal(IngestStatus.Added, IngestStatus.Added);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private sealed class SynchronousProgress(Action<IngestOutcome> report) : IProgress<IngestOutcome>
    {
        public void Report(IngestOutcome value) => report(value);
    }
}
