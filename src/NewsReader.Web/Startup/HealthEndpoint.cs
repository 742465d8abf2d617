using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;

namespace NewsReader.Web.Startup;

/// <summary>
/// <c>GET /healthz</c> for orchestrators and load balancers: 200 <c>{"status":"ok"}</c> when the database answers
/// and every migration is applied, else 503 with the reason. Reads nothing else and needs no sign-in.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (NewsReaderDbContext db, CancellationToken cancellationToken) =>
            await ProblemAsync(db, cancellationToken) is { } problem
                ? Results.Json(new { status = "unavailable", reason = problem }, statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Json(new { status = "ok" }));
        return endpoints;
    }

    /// <summary>Why the app cannot serve from its database, or null when it can.</summary>
    public static async Task<string?> ProblemAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return "the database cannot be opened";
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0 ? null : $"{pending.Count} migration(s) not applied yet ({pending[0]}…)";
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            return $"the database answered with an error ({ex.SqliteErrorCode}): {ex.Message}";
        }
    }
}
