using System.Net;
using System.Net.Http.Json;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Api;

public sealed class EntitySuggestionsTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Theory]
    [InlineData("netan", "Benjamin Netanyahu")]
    [InlineData("Netanhayu", "Benjamin Netanyahu")]
    [InlineData("RAF", "Rafah")]
    [InlineData("jean pierre", "Karine Jean-Pierre")]
    public async Task Suggestions_match_by_prefix_and_forgive_small_misspellings(string q, string name)
    {
        var suggestions = await _factory.CreateClient().GetFromJsonAsync<Suggestion[]>(new Uri($"/api/entities?q={Uri.EscapeDataString(q)}", UriKind.Relative));

        suggestions.Should().NotBeNull();
        suggestions!.Length.Should().BeInRange(1, 10);
        suggestions[0].Name.Should().Be(name);
        suggestions[0].Url.Should().StartWith($"/entities/{suggestions[0].Id}/");
    }

    [Fact]
    public async Task An_empty_query_suggests_nothing_and_an_overlong_one_is_refused()
    {
        var client = _factory.CreateClient();

        (await client.GetFromJsonAsync<Suggestion[]>(new Uri("/api/entities?q=", UriKind.Relative))).Should().BeEmpty();
        using var response = await client.GetAsync(new Uri($"/api/entities?q={new string('x', 201)}", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    public void Dispose() => _factory.Dispose();

    private sealed record Suggestion(int Id, string Name, string Kind, int Articles, string Url);
}
