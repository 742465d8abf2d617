using System.Diagnostics.CodeAnalysis;

namespace NewsReader.Sources;

/// <summary>
/// A value read from a source (its bytes, its text, the article in it), or the one-line reason it could not be: every
/// step of reading answers this way, so a bad file is reported and skipped instead of thrown.
/// </summary>
[SuppressMessage("Design", "CA1000", Justification = "Result<T>.Failure(...) names the type at each call; a generic factory could not infer it from a message")]
public sealed record Result<T>(T? Value, string? Error)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Value is not null;

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(string error) => new(null, error);
}
