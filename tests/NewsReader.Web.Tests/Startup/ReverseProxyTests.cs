using System.Net;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Startup;

public sealed class ReverseProxyTests
{
    private static Dictionary<string, string> Behind(bool enabled, int signInsPerMinute = 10) =>
        TestAdmin.Settings(("ReverseProxy:Enabled", enabled ? "true" : "false"), ("RateLimits:SignInAttemptsPerMinute", signInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task Behind_a_proxy_that_terminated_tls_the_sign_in_cookie_is_secure()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false, settings: Behind(enabled: true));

        var cookie = await SignInCookieAsync(factory, "https");

        cookie.Should().Contain("secure");
    }

    [Fact]
    public async Task Without_the_setting_forwarded_headers_are_not_believed()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false, settings: Behind(enabled: false));

        var cookie = await SignInCookieAsync(factory, "https");

        cookie.Should().NotContain("secure");
    }

    [Fact]
    public async Task Each_client_behind_the_proxy_has_its_own_sign_in_limit()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false, settings: Behind(enabled: true, signInsPerMinute: 2));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            first.Add(await SignInAttemptStatusAsync(client, "203.0.113.10"));
        }

        var second = await SignInAttemptStatusAsync(client, "203.0.113.20");

        first.Take(2).Should().NotContain(HttpStatusCode.TooManyRequests);
        first[2].Should().Be(HttpStatusCode.TooManyRequests);
        second.Should().NotBe(HttpStatusCode.TooManyRequests, "another client behind the same proxy has its own bucket");
    }

    private static async Task<string> SignInCookieAsync(NewsReaderWebFactory factory, string scheme)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = await TestAdmin.AntiforgeryTokenAsync(client, "/account/login");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Password"] = TestAdmin.Password, ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("X-Forwarded-Proto", scheme);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("newsreader.admin=", StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> SignInAttemptStatusAsync(HttpClient client, string clientAddress)
    {
        // A wrong attempt (no antiforgery token, no password): the limit counts it before the page refuses it.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative)) { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
