using System.Net;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Accounts;

public sealed class SignInTests
{
    [Fact]
    public async Task The_right_password_signs_in_and_a_wrong_one_does_not()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false, settings: TestAdmin.Settings());
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        using var wrong = await TestAdmin.PostFormAsync(client, "/account/login", new() { ["Password"] = "guess" });
        using var right = await TestAdmin.PostFormAsync(client, "/account/login", new() { ["Password"] = TestAdmin.Password });
        using var ingest = await client.GetAsync(new Uri("/ingest", UriKind.Relative));

        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("That password is not right.");
        right.StatusCode.Should().Be(HttpStatusCode.Redirect);
        right.Headers.Location!.ToString().Should().Be("/ingest");
        right.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("newsreader.admin=", StringComparison.Ordinal))
            .Should().Contain("httponly").And.Contain("samesite=strict");
        ingest.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_a_configured_hash_nobody_can_sign_in_and_the_page_says_how_to_configure_one()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));

        page.Should().Contain("No administrator is configured").And.Contain("hash-password");
        page.Should().NotContain("type=\"password\"");
    }

    [Fact]
    public async Task Sign_in_attempts_past_the_limit_get_429_and_reading_the_page_is_never_counted()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false, settings: TestAdmin.Settings(("RateLimits:SignInAttemptsPerMinute", "3")));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var views = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
            views.Add(response.StatusCode);
        }

        var attempts = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var attempt = await TestAdmin.PostFormAsync(client, "/account/login", new() { ["Password"] = "guess" });
            attempts.Add(attempt.StatusCode);
        }

        using var refused = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["Password"] = TestAdmin.Password }));

        views.Should().OnlyContain(s => s == HttpStatusCode.OK, "viewing the page is not an attempt");
        attempts.Should().OnlyContain(s => s == HttpStatusCode.Unauthorized);
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
    }

    [Fact]
    public async Task The_sign_in_page_tells_a_signed_in_administrator_so()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false, settings: TestAdmin.Settings());
        var client = await TestAdmin.SignedInClientAsync(factory);

        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));

        page.Should().Contain("You are signed in as the administrator").And.NotContain("id=\"password\"");
    }

    [Fact]
    public async Task Signing_out_ends_write_access()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false, settings: TestAdmin.Settings());
        var client = await TestAdmin.SignedInClientAsync(factory);

        using var signOut = await TestAdmin.PostFormAsync(client, "/account/logout", [], formPage: "/");
        using var ingest = await client.GetAsync(new Uri("/ingest", UriKind.Relative));

        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        ingest.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_copy_of_the_cookie_taken_before_signing_out_opens_nothing_after()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false, settings: TestAdmin.Settings());
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using var signIn = await TestAdmin.PostFormAsync(client, "/account/login", new() { ["Password"] = TestAdmin.Password });
        var copied = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("newsreader.admin=", StringComparison.Ordinal)).Split(';')[0];
        var thief = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using (var before = await GetWithCookieAsync(thief, copied))
        {
            before.StatusCode.Should().Be(HttpStatusCode.OK, "the copy works while the session is open");
        }

        using var signOut = await TestAdmin.PostFormAsync(client, "/account/logout", [], formPage: "/");
        using var after = await GetWithCookieAsync(thief, copied);

        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().Should().StartWith("/account/login");
    }

    [Fact]
    public async Task The_sign_in_redirect_never_takes_its_host_from_the_request()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false, settings: TestAdmin.Settings());
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/ingest", UriKind.Relative));
        request.Headers.Host = "attacker.example";

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.IsAbsoluteUri.Should().BeFalse();
        response.Headers.Location.ToString().Should().Be("/account/login?ReturnUrl=%2Fingest");
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/ingest", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
