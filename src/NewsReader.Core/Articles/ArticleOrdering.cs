namespace NewsReader.Articles;

/// <summary>
/// The one order articles are listed in: newest first by publication time, then the undated ones, most recently stored
/// first. The day an article was stored never stands in for the day it was published: a 2024 report ingested today is
/// not today's news. SQLite (and LINQ) sort nulls below every time, so descending puts the undated last, and the
/// PublishedAt index (with the row id) gives the order without sorting.
/// </summary>
public static class ArticleOrdering
{
    public static IOrderedQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    /// <summary>The same order for rows in hand, given each one's publication time and article id.</summary>
    public static IOrderedEnumerable<T> NewestFirst<T>(this IEnumerable<T> rows, Func<T, DateTime?> publishedAt, Func<T, int> id) =>
        rows.OrderByDescending(publishedAt).ThenByDescending(id);
}
