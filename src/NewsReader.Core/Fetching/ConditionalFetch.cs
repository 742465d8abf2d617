using NewsReader.Sources;

namespace NewsReader.Fetching;

/// <summary>
/// What a server said identifies the version it sent (<c>ETag</c>, <c>Last-Modified</c>, kept as sent), to be sent
/// back on the next fetch so that an unchanged document costs a 304 and no reading.
/// </summary>
public sealed record FetchValidators(string? ETag, string? LastModified)
{
    public static FetchValidators None { get; } = new(null, null);
}

/// <summary>
/// A fetch that may find the document unchanged: the <see cref="Document"/> when it came, else
/// <see cref="NotModified"/> (a 304), else the <see cref="Error"/>, with how long the server asked to wait
/// (<see cref="RetryAfter"/>, from a 429 or 503).
/// </summary>
public sealed record ConditionalFetch(SourceDocument? Document, string? Error, FetchValidators Validators, TimeSpan? RetryAfter)
{
    public bool NotModified => Document is null && Error is null;

    public static ConditionalFetch Failed(string error) => new(null, error, FetchValidators.None, null);
}
