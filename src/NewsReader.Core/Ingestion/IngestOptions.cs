namespace NewsReader.Ingestion;

/// <summary>How a batch is ingested.</summary>
/// <param name="FollowLinks">Fetch the linked page of a feed item that carries only a teaser.</param>
/// <param name="SourceRoot">Files are named relative to this folder, when given.</param>
public sealed record IngestOptions(bool FollowLinks = false, string? SourceRoot = null)
{
    public static IngestOptions Default { get; } = new();
}
