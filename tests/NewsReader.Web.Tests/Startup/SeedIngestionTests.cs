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

        using var first = await client.GetAsync(new Uri("/", UriKind.Relative));
        first.EnsureSuccessStatusCode();

        await progress.Done.WaitAsync(TimeSpan.FromSeconds(60));

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        home.Should().Contain("US-Israel talks on Rafah").And.NotContain("http-equiv=\"refresh\"");
    }

    [Fact]
    public async Task While_seeds_are_still_coming_the_empty_home_page_says_so_and_refreshes_itself()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false);
        var client = factory.CreateClient();
        factory.Services.GetRequiredService<SeedingProgress>().Started();

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        home.Should().Contain("Adding the seed articles").And.Contain("<meta http-equiv=\"refresh\" content=\"2\" />");
    }

    public void Dispose() => _factory.Dispose();
}
