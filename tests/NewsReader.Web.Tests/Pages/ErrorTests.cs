using System.Net;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Pages;

public sealed class ErrorTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new();

    [Theory]
    [InlineData("/Error?status=204")]
    [InlineData("/Error?status=304")]
    [InlineData("/Error?status=0")]
    [InlineData("/Error?status=1000")]
    [InlineData("/Error?status=-1")]
    [InlineData("/Error?status=200")]
    public async Task The_error_page_never_sends_back_a_status_that_is_not_an_error(string url)
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Something went wrong");
    }

    [Theory]
    [InlineData("/Error?status=404", HttpStatusCode.NotFound, "Not found")]
    [InlineData("/Error?status=429", HttpStatusCode.TooManyRequests, "Too many requests")]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, "Not found")]
    public async Task An_error_status_is_explained_with_its_own_code(string url, HttpStatusCode status, string heading)
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Contain(heading);
    }

    public void Dispose() => _factory.Dispose();
}
