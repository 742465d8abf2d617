namespace NewsReader.Stories;

/// <summary>
/// What story grouping and related-article ranking know of one article: when it was published, the entities it
/// mentions (how often), which of them are events, and its most frequent content terms.
/// </summary>
public sealed record ArticleProfile(
    int Id,
    DateTime? PublishedAt,
    IReadOnlyDictionary<int, int> Entities,
    IReadOnlySet<int> Events,
    IReadOnlyDictionary<string, int> Terms);
