namespace NewsReader.Export;

// The export contract (camelCase JSON). Later capabilities fill the fields they own and keep the shape.

public sealed record ExportedArticle(
    int Id,
    string Title,
    bool TitleDerived,
    string? Outlet,
    DateTime? Published,
    string Source,
    string? Url,
    string? Byline,
    DateTime IngestedAt,
    string Text,
    int? StoryId,
    IReadOnlyList<ExportedRelatedHeadline> RelatedHeadlines,
    IReadOnlyList<ExportedMention> Mentions,
    IReadOnlyList<ExportedRelatedArticle> Related);

public sealed record ExportedRelatedHeadline(string Text, int? ArticleId);

public sealed record ExportedMention(int EntityId, int Start, int End, string Text);

public sealed record ExportedRelatedArticle(int ArticleId, double Score);

public sealed record ExportedEntity(int Id, string Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles);

public sealed record ExportedStory(int Id, string Title, IReadOnlyList<int> ArticleIds);
