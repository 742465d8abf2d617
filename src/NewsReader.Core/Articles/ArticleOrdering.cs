namespace NewsReader.Articles;

/// <summary>The one order articles are listed in: newest first, by publication time where known, else ingestion.</summary>
public static class ArticleOrdering
{
    public static IOrderedQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt ?? a.IngestedAt).ThenByDescending(a => a.Id);
}
