using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsReader.Web.TestSupport;

/// <summary>Fetches a page and parses it, so tests assert on elements rather than on raw strings.</summary>
internal static class HtmlPage
{
    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
