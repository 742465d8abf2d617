using System.Net;
using System.Text.RegularExpressions;
using NewsReader.Web.Accounts;

namespace NewsReader.Web.TestSupport;

/// <summary>An administrator for tests: a known password, its hash (cheap iterations), and a signed-in client.</summary>
internal static partial class TestAdmin
{
    public const string Password = "correct horse battery staple";

    public static readonly string PasswordHash = AdminPassword.Hash(Password, iterations: 1_000);

    public static Dictionary<string, string> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string> { ["Admin:PasswordHash"] = PasswordHash };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, signed in as the administrator.</summary>
    public static async Task<HttpClient> SignedInClientAsync(NewsReaderWebFactory factory)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await PostFormAsync(client, "/account/login", new() { ["Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>Posts a form the way a browser does: its antiforgery token first read from the page showing the form.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, formPage ?? url);
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        return TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no antiforgery token on {url}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
