using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Storage;
using NewsReader.Web.Rendering;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages;

/// <summary>The home page's "new since your last visit" (a cookie, no account) and stories that grew in the last day.</summary>
public sealed class NewSinceLastVisitTests : IDisposable
{
    // The two seeds are articles 1 and 2, one story; a third article is added by each test that needs one.
    private readonly NewsReaderWebFactory _factory = new();

    private static string Cookie(int seenUpTo, int top, TimeSpan ago) =>
        $"{VisitCookie.Name}={seenUpTo}.{top}.{DateTimeOffset.UtcNow.Subtract(ago).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";

    private async Task<(IDocument Page, string? SetCookie)> HomeAsync(string? cookie, string url = "/")
    {
        var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var set = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(VisitCookie.Name, StringComparison.Ordinal)) : null;
        return (new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()), set);
    }

    private static IEnumerable<string> Marked(IDocument page) =>
        page.QuerySelectorAll(".article-card h2").Where(h => h.QuerySelector(".new-mark") is not null).Select(h => h.QuerySelector("a")!.TextContent);

    [Fact]
    public async Task A_first_visit_marks_nothing_and_remembers_what_it_showed()
    {
        var (page, set) = await HomeAsync(cookie: null);

        Marked(page).Should().BeEmpty();
        page.QuerySelector("#new-since").Should().BeNull();
        set.Should().MatchRegex($"^{VisitCookie.Name}=2\\.2\\.[0-9]+;").And.Contain("httponly").And.Contain("samesite=lax");
    }

    [Fact]
    public async Task After_a_gap_what_arrived_since_the_last_visit_is_marked_new()
    {
        await _factory.IngestTextAsync("ferry.txt", "Ferry returns to Port Elmira\n\nThe harbour authority of Port Elmira said on Tuesday that the ferry would return to service after repairs.\n");

        var (newVisit, set) = await HomeAsync(Cookie(seenUpTo: 1, top: 2, ago: TimeSpan.FromHours(2)));
        var (sameVisit, _) = await HomeAsync(Cookie(seenUpTo: 1, top: 2, ago: TimeSpan.FromMinutes(10)));
        var (stories, _) = await HomeAsync(Cookie(seenUpTo: 1, top: 2, ago: TimeSpan.FromHours(2)), "/?view=stories");

        Marked(newVisit).Should().Equal("Ferry returns to Port Elmira");
        newVisit.QuerySelector("#new-since")!.TextContent.Should().Be("1 new article since your last visit, marked “New”.");
        set.Should().StartWith($"{VisitCookie.Name}=2.3.", "what this visit showed is seen at the next");
        Marked(sameVisit).Should().HaveCount(2, "within one visit the marks stay where they were");
        stories.QuerySelector("#new-since")!.TextContent.Should().Be("1 new article since your last visit.");
    }

    [Fact]
    public async Task Stories_say_how_many_reports_they_gained_in_the_last_day()
    {
        var (fresh, _) = await HomeAsync(cookie: null, "/stories");
        using (var scope = _factory.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync();
            await db.Articles.ExecuteUpdateAsync(u => u.SetProperty(a => a.IngestedAt, DateTime.UtcNow.AddDays(-2)));
        }

        var (old, _) = await HomeAsync(cookie: null, "/stories");

        fresh.QuerySelector(".story-card .grew")!.TextContent.Should().Be("2 new reports in the last day");
        old.QuerySelector(".story-card .grew").Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1.2")]
    [InlineData("a.b.c")]
    [InlineData("-1.2.3")]
    [InlineData("1.2.99999999999999999999")]
    public void A_cookie_that_is_not_ours_is_a_first_visit(string? value) => VisitCookie.Parse(value).Should().BeNull();

    public void Dispose() => _factory.Dispose();
}
