using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Options;
using NewsReader.TestSupport;

namespace NewsReader.Fetching;

public sealed class WebFetcherTests : IAsyncDisposable
{
    private readonly LoopbackServer _server = new();

    private static WebFetcher Fetcher(bool allowPrivate = true, int timeoutSeconds = 5, long maxBytes = 1024 * 1024) =>
        new(Options.Create(new FetchOptions { AllowPrivateAddresses = allowPrivate, TimeoutSeconds = timeoutSeconds, MaxBytes = maxBytes }));

    [Fact]
    public async Task A_page_comes_back_with_its_media_type_charset_and_final_url()
    {
        _server.Map("/story", "text/html; charset=windows-1252", "<p>Caf\u00e9</p>"u8.ToArray());
        _server.Redirect("/old", "/story");
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_server.Url("/old"), CancellationToken.None);

        result.Value!.Source.Should().Be(_server.Url("/story").AbsoluteUri);
        result.Value.MediaType.Should().Be("text/html");
        result.Value.Charset.Should().Be("windows-1252");
    }

    [Fact]
    public async Task Loopback_and_private_addresses_are_refused_unless_allowed()
    {
        _server.Map("/story", "text/html", "<p>x</p>");
        using var fetcher = Fetcher(allowPrivate: false);

        var loopback = await fetcher.FetchAsync(_server.Url("/story"), CancellationToken.None);
        var metadata = await fetcher.FetchAsync(new Uri("http://169.254.169.254/latest/meta-data/"), CancellationToken.None);
        var localhost = await fetcher.FetchAsync(new Uri($"http://localhost:{_server.Url("/").Port}/story"), CancellationToken.None);

        loopback.Error.Should().StartWith("refused: 127.0.0.1 is a loopback, private or internal address");
        metadata.Error.Should().StartWith("refused: 169.254.169.254");
        localhost.Error.Should().StartWith("refused: localhost");
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/feed.xml")]
    [InlineData("gopher://example.com/")]
    public async Task Other_schemes_are_refused(string url)
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(new Uri(url), CancellationToken.None);

        result.Error.Should().StartWith("refused: only http and https URLs are fetched");
    }

    [Fact]
    public async Task Redirects_stop_at_the_limit()
    {
        for (var i = 0; i < 10; i++)
        {
            _server.Redirect($"/r{i}", $"/r{i + 1}");
        }

        using var fetcher = Fetcher();

        (await fetcher.FetchAsync(_server.Url("/r0"), CancellationToken.None)).Error.Should().Be("too many redirects (the limit is 5)");
    }

    [Fact]
    public async Task Media_types_that_are_not_articles_or_feeds_are_refused()
    {
        _server.Map("/photo", "image/png", [0x89, 0x50, 0x4E, 0x47]);
        using var fetcher = Fetcher();

        (await fetcher.FetchAsync(_server.Url("/photo"), CancellationToken.None)).Error.Should().Be("not an article or feed: the server sent image/png");
    }

    [Fact]
    public async Task Error_statuses_are_reported()
    {
        using var fetcher = Fetcher();

        (await fetcher.FetchAsync(_server.Url("/missing"), CancellationToken.None)).Error.Should().Be("the server answered 404 Not Found");
    }

    [Fact]
    public async Task A_body_over_the_cap_is_refused_whether_announced_or_not()
    {
        var big = Encoding.ASCII.GetBytes(new string('a', 4096));
        _server.Map("/announced", "text/html", big);
        _server.Map("/chunked", (stream, ct) => LoopbackServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n", big, ct));
        using var fetcher = Fetcher(maxBytes: 1000);

        (await fetcher.FetchAsync(_server.Url("/announced"), CancellationToken.None)).Error.Should().StartWith("too large");
        (await fetcher.FetchAsync(_server.Url("/chunked"), CancellationToken.None)).Error.Should().StartWith("too large");
    }

    [Fact]
    public async Task A_gzip_bomb_stops_at_the_cap_after_decompression()
    {
        using var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                await gzip.WriteAsync(zeros);
            }
        }

        _server.Map("/bomb", "text/html", packed.ToArray(), "Content-Encoding: gzip\r\n");
        using var fetcher = Fetcher(maxBytes: 5 * 1024 * 1024);

        var result = await fetcher.FetchAsync(_server.Url("/bomb"), CancellationToken.None);

        packed.Length.Should().BeLessThan(1024 * 1024, "200 MB of zeros pack small: that is the bomb");
        result.Error.Should().StartWith("too large");
    }

    [Fact]
    public async Task A_slow_server_times_out()
    {
        _server.Map("/slow", async (stream, ct) =>
        {
            await LoopbackServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n", [], ct);
            for (var i = 0; i < 1000; i++)
            {
                await stream.WriteAsync("a"u8.ToArray(), ct);
                await Task.Delay(200, ct);
            }
        });
        using var fetcher = Fetcher(timeoutSeconds: 1);

        (await fetcher.FetchAsync(_server.Url("/slow"), CancellationToken.None)).Error.Should().Be("timed out after 1 s");
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
