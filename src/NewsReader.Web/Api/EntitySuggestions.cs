using NewsReader.Entities;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Web.Rendering;

namespace NewsReader.Web.Api;

/// <summary>GET /api/entities?q=: the ten entities whose names best match, for the search box's suggestions.</summary>
internal static class EntitySuggestions
{
    private const int Limit = 10;
    private const int MaxQueryLength = 200;

    public static IEndpointRouteBuilder MapEntitySuggestions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities", GetAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(string? q, NewsReaderDbContext db, EntityNameIndex names, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Results.Ok(Array.Empty<Suggestion>());
        }

        if (q.Length > MaxQueryLength)
        {
            return Results.BadRequest(new { error = $"q is limited to {MaxQueryLength} characters" });
        }

        var hits = await EntitySearch.FindAsync(db, names, q, Limit, kind: null, cancellationToken);
        return Results.Ok(hits.Select(h => new Suggestion(h.Id, h.Name, EntityKinds.ToExportName(h.Kind), h.ArticleCount, Links.Entity(h.Id, h.Name))));
    }

    public sealed record Suggestion(int Id, string Name, string Kind, int Articles, string Url);
}
