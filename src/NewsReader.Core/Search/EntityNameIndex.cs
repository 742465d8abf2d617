using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;

namespace NewsReader.Search;

/// <summary>
/// Every entity's normal name, held in memory for name search, so a query never reads the whole entity table: each
/// search first loads only the entities added since the last one (ids only grow). Entities folded away by linking may
/// linger here; search drops ids the store no longer has. One instance per app; safe to share between requests.
/// </summary>
public sealed class EntityNameIndex
{
    private readonly Lock _gate = new();
    private (int Id, string NormalizedName)[] _names = [];
    private int _loadedThrough;

    /// <summary>The names known, after catching up with entities stored since the last call.</summary>
    public async Task<IReadOnlyList<(int Id, string NormalizedName)>> NamesAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        int after;
        lock (_gate)
        {
            after = _loadedThrough;
        }

        var added = await db.Entities.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id)
            .Select(e => new ValueTuple<int, string>(e.Id, e.NormalizedName)).ToListAsync(cancellationToken);
        lock (_gate)
        {
            var fresh = added.Where(a => a.Item1 > _loadedThrough).ToList();
            if (fresh.Count > 0)
            {
                _names = [.. _names, .. fresh];
                _loadedThrough = fresh[^1].Item1;
            }

            return _names;
        }
    }
}
