using NewsReader.Paging;

namespace NewsReader.Web.Rendering;

/// <summary>
/// The "51–100 of 212 articles" line under a long list (<c>_Pager</c>), with plain links to the pages either side, so
/// paging works without JavaScript.
/// </summary>
public sealed record Pager(string Noun, int First, int Last, int Total, string? PreviousHref, string? NextHref)
{
    /// <summary>The pager of <paramref name="page"/>, whose page <c>n</c> is at <paramref name="href"/>(n).</summary>
    public static Pager Of<T>(ListPage<T> page, string noun, Func<int, string> href)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(href);
        return new Pager(noun, page.First, page.Last, page.Total,
            page.HasPrevious ? href(page.Request.Number - 1) : null,
            page.HasNext ? href(page.Request.Number + 1) : null);
    }
}
