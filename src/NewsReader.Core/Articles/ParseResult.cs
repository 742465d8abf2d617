using System.Diagnostics.CodeAnalysis;

namespace NewsReader.Articles;

/// <summary>A parsed article, or the one-line reason the source could not be read as one.</summary>
public sealed record ParseResult(ParsedArticle? Article, string? Error)
{
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Article is not null;

    public static ParseResult Success(ParsedArticle article) => new(article, null);

    public static ParseResult Failure(string error) => new(null, error);
}
