using System.Diagnostics.CodeAnalysis;

namespace NewsReader.Ingestion;

/// <summary>The decoded text of one source, or the one-line reason it is not readable text.</summary>
public sealed record SourceText(string? Text, string? Error)
{
    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Text is not null;

    public static SourceText Success(string text) => new(text, null);

    public static SourceText Failure(string error) => new(null, error);
}
