using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Startup;

public sealed class SeedIngestionTests : IDisposable
{
    private readonly NewsReaderWebFactory _factory = new(seedInBackground: true);

    [Fact]
    public async Task A_first_start_serves_at_once_and_the_seeds_arrive_in_the_background()
    {
        var client = _factory.CreateClient();
        var progress = _factory.Services.GetRequiredService<SeedingProgress>();

        var first = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        first.Should().Match(html => html.Contains("Adding the seed articles", StringComparison.Ordinal) || html.Contains("White House Holds Talks", StringComparison.Ordinal));

        await progress.Done.WaitAsync(TimeSpan.FromSeconds(60));

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        home.Should().Contain("US-Israel talks on Rafah").And.NotContain("http-equiv=\"refresh\"");
    }

    public void Dispose() => _factory.Dispose();
}
