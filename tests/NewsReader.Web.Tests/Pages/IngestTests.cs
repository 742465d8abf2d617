using Microsoft.AspNetCore.Mvc;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Storage;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages;

public sealed class IngestTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html><html><head><title>Harbour plan approved | Coastal Times</title>
        <meta property="og:site_name" content="Coastal Times"></head>
        <body><article><h1>Harbour plan approved</h1>
        <p>The council in Portsmouth approved the harbour plan on Tuesday, officials said, after a long debate.</p>
        <p onclick="alert(1)">Work starts in May<script>alert(2)</script>, the mayor said. <a href="javascript:alert(3)">More</a></p>
        <svg onload="alert(4)"><text>vector</text></svg><style>body{background:url(javascript:alert(5))}</style>
        </article></body></html>
        """;

    private readonly NewsReaderWebFactory _factory = new(seedingEnabled: false, settings: TestAdmin.Settings());

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_cannot_write()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });

        using var page = await client.GetAsync(new Uri("/ingest", UriKind.Relative));
        using var post = await client.PostAsync(new Uri("/ingest", UriKind.Relative), Upload("a.html", Page, token: null));
        using var item = await client.PostAsync(new Uri("/ingest?handler=Item", UriKind.Relative), Upload("a.html", Page, token: null));

        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().Should().Contain("/account/login");
        post.StatusCode.Should().Be(HttpStatusCode.Redirect);
        item.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ArticleCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_even_for_the_administrator()
    {
        var client = await TestAdmin.SignedInClientAsync(_factory);

        using var response = await client.PostAsync(new Uri("/ingest", UriKind.Relative), Upload("a.html", Page, token: null));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ArticleCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task The_administrator_uploads_files_of_each_kind_and_sees_a_line_per_article()
    {
        var client = await TestAdmin.SignedInClientAsync(_factory);
        var token = await TestAdmin.AntiforgeryTokenAsync(client, "/ingest");
        var form = Upload("harbour.html", Page, token);
        form.Add(new StringContent("---\ntitle: Ferry strike ends\n---\n\nThe ferry strike ended on Friday, the union said.\n"), "Files", "ferry.md");
        form.Add(new ByteArrayContent([0, 1, 2, 3]), "Files", "photo.html");

        using var response = await client.PostAsync(new Uri("/ingest", UriKind.Relative), form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var lines = document.QuerySelectorAll("ol.ingest-results li").Select(li => li.TextContent.Trim()).ToList();
        lines.Should().HaveCount(3);
        lines[0].Should().StartWith("added").And.Contain("harbour.html");
        lines[1].Should().StartWith("added").And.Contain("ferry.md");
        lines[2].Should().StartWith("failed").And.Contain("binary file");
        document.QuerySelector("#ingest-progress")!.TextContent.Should().Contain("3 articles: 2 added, 0 duplicate, 1 failed");

        var link = document.QuerySelector("ol.ingest-results li a")!.GetAttribute("href")!;
        var article = await client.GetStringAsync(new Uri(link, UriKind.Relative));
        article.Should().Contain("Harbour plan approved").And.Contain("The council in");
        article.Should().NotContain("alert(").And.NotContain("javascript:").And.NotContain("onclick").And.NotContain("<svg");
    }

    [Fact]
    public async Task The_item_handler_answers_json_for_the_page_script()
    {
        var client = await TestAdmin.SignedInClientAsync(_factory);
        var token = await TestAdmin.AntiforgeryTokenAsync(client, "/ingest");

        using var response = await client.PostAsync(new Uri("/ingest?handler=Item", UriKind.Relative), Upload("harbour.html", Page, token));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var item = json.RootElement.GetProperty("items")[0];
        item.GetProperty("status").GetString().Should().Be("added");
        item.GetProperty("articleUrl").GetString().Should().StartWith("/articles/");
    }

    [Fact]
    public async Task A_path_traversal_file_name_is_only_a_label()
    {
        var client = await TestAdmin.SignedInClientAsync(_factory);
        var token = await TestAdmin.AntiforgeryTokenAsync(client, "/ingest");

        using var response = await client.PostAsync(new Uri("/ingest", UriKind.Relative), Upload("../../../../tmp/evil\u0001.html", Page, token));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        File.Exists("/tmp/evil.html").Should().BeFalse();
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync();
        (await db.Articles.SingleAsync()).Source.Should().Be("evil.html");
    }

    [Theory]
    [InlineData("/ingest")]
    [InlineData("/ingest?handler=Item")]
    public async Task An_upload_past_the_request_limit_is_answered_413_too_large(string url)
    {
        var client = await TestAdmin.SignedInClientAsync(_factory);
        var token = await TestAdmin.AntiforgeryTokenAsync(client, "/ingest");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[IngestModel.MaxRequestBytes + 1]), "Files", "huge.txt" },
        };

        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), form);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ArticleCountAsync()).Should().Be(0);
    }

    [Fact]
    public void Uploads_up_to_the_request_limit_are_held_in_memory_not_spilled_to_temporary_files()
    {
        var limits = typeof(IngestModel).GetCustomAttributes(typeof(RequestFormLimitsAttribute), inherit: false).Cast<RequestFormLimitsAttribute>().Single();

        limits.MemoryBufferThreshold.Should().BeGreaterThanOrEqualTo((int)IngestModel.MaxRequestBytes);
        limits.MultipartBodyLengthLimit.Should().Be(IngestModel.MaxRequestBytes);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\me\\story.html", "story.html")]
    [InlineData("..", "upload")]
    [InlineData(null, "upload")]
    public void Upload_names_keep_only_their_last_segment(string? name, string label) =>
        IngestModel.UploadName(name).Should().Be(label);

    private static MultipartFormDataContent Upload(string fileName, string content, string? token)
    {
        var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "Files", fileName);
        return form;
    }

    private async Task<int> ArticleCountAsync()
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync();
        return await db.Articles.CountAsync();
    }

    public void Dispose() => _factory.Dispose();
}
