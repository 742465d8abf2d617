namespace NewsReader.Stories;

/// <summary>
/// What story grouping and related-article ranking know of one article: when it was published, the entities it
/// mentions (how often), which of them are events, its most frequent content terms, and its lead's terms
/// (<see cref="ArticleLead"/>; null for an article stored before leads were kept).
/// </summary>
public sealed record ArticleProfile(
    int Id,
    DateTime? PublishedAt,
    IReadOnlyDictionary<int, int> Entities,
    IReadOnlySet<int> Events,
    IReadOnlyDictionary<string, int> Terms,
    IReadOnlyDictionary<string, int>? Lead);
