using NewsReader.Articles;
using NewsReader.Entities;

namespace NewsReader.Web.Rendering;

/// <summary>What the article-text partial renders: paragraphs of segments, the entities they link to, and colours.</summary>
public sealed record ArticleTextView(
    IReadOnlyList<IReadOnlyList<TextSegment>> Paragraphs,
    IReadOnlyDictionary<int, NamedEntity> Entities,
    Func<int, int?>? ColorOf = null);
