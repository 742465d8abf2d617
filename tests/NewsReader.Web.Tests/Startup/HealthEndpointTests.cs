using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Storage;
using NewsReader.Web.TestSupport;

namespace NewsReader.Web.Startup;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task A_running_app_over_a_migrated_database_is_healthy()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false);

        using var response = await factory.CreateClient().GetAsync(new Uri(HealthEndpoint.Path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task A_database_with_a_migration_not_applied_is_reported_with_the_migration()
    {
        using var factory = new NewsReaderWebFactory(seedingEnabled: false);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        var last = (await db.Database.GetAppliedMigrationsAsync()).Last();
        var beforeLast = (await db.Database.GetAppliedMigrationsAsync()).SkipLast(1).Last();
        await db.GetService<IMigrator>().MigrateAsync(beforeLast);

        var problem = await HealthEndpoint.ProblemAsync(db, CancellationToken.None);
        using var response = await factory.CreateClient().GetAsync(new Uri(HealthEndpoint.Path, UriKind.Relative));

        problem.Should().Contain(last);
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }
}
