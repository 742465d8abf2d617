using System.Diagnostics.CodeAnalysis;
using NewsReader.Sources;

namespace NewsReader.Fetching;

/// <summary>A fetched document, or the one-line reason it was not fetched.</summary>
public sealed record FetchResult(SourceDocument? Document, string? Error)
{
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Document is not null;

    public static FetchResult Success(SourceDocument document) => new(document, null);

    public static FetchResult Failure(string error) => new(null, error);
}
