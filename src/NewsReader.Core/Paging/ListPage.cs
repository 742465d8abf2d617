using Microsoft.EntityFrameworkCore;

namespace NewsReader.Paging;

/// <summary>Which page of a long list to show: numbered from 1, each of <see cref="Size"/> items.</summary>
public readonly record struct PageRequest(int Number, int Size)
{
    /// <summary>Page <paramref name="number"/> (the first when absent or below 1) of pages of <paramref name="size"/>.</summary>
    public static PageRequest Of(int? number, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        return new PageRequest(Math.Max(1, number ?? 1), size);
    }

    /// <summary>Items before this page.</summary>
    public int Skip => (int)Math.Min(int.MaxValue, (long)(Number - 1) * Size);
}

/// <summary>
/// One page of a list and where it sits in the whole ("51–100 of 212"). A page past the end shows the last one, so an
/// old link to a shrunken list still lands on something.
/// </summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, PageRequest Request, int Total)
{
    /// <summary>The position of the first item shown, from 1; 0 when there is none.</summary>
    public int First => Items.Count == 0 ? 0 : Request.Skip + 1;

    /// <summary>The position of the last item shown.</summary>
    public int Last => Request.Skip + Items.Count;

    public int PageCount => Math.Max(1, (int)(((long)Total + Request.Size - 1) / Request.Size));

    public bool HasPrevious => Request.Number > 1;

    public bool HasNext => Last < Total;

    /// <summary>The same page with its items made into something else (a row read, then its summary).</summary>
    public ListPage<TOut> With<TOut>(IReadOnlyList<TOut> items) => new(items, Request, Total);
}

/// <summary>Reads a <see cref="ListPage{T}"/> from the database, or takes one of a list in hand.</summary>
public static class ListPage
{
    /// <summary>The page <paramref name="request"/> asks for of <paramref name="all"/> (a page past the end: the last).</summary>
    public static ListPage<T> Of<T>(IReadOnlyList<T> all, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(all);
        var shown = WithinPages(request, all.Count);
        return new ListPage<T>(all.Skip(shown.Skip).Take(shown.Size).ToList(), shown, all.Count);
    }

    /// <summary>
    /// The page <paramref name="request"/> asks for of <paramref name="ordered"/>, and how many there are in all: counted,
    /// unless the caller already knows (<paramref name="total"/>, a count kept up to date as rows are stored).
    /// </summary>
    public static async Task<ListPage<T>> ToListPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken cancellationToken, int? total = null)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        total ??= await ordered.CountAsync(cancellationToken);
        var shown = WithinPages(request, total.Value);
        var items = await ordered.Skip(shown.Skip).Take(shown.Size).ToListAsync(cancellationToken);
        return new ListPage<T>(items, shown, total.Value);
    }

    /// <summary>The page asked for, or the last one when it is past the end of <paramref name="total"/> items.</summary>
    private static PageRequest WithinPages(PageRequest request, int total) =>
        request with { Number = Math.Min(request.Number, Math.Max(1, (int)(((long)total + request.Size - 1) / request.Size))) };
}
