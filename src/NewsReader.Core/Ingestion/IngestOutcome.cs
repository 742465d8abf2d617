namespace NewsReader.Ingestion;

public enum IngestStatus
{
    Added,
    Duplicate,
    Failed,
}

/// <summary>What became of one source: the article it added or duplicated, or why it failed.</summary>
public sealed record IngestOutcome(string Source, IngestStatus Status, int? ArticleId, string? Reason)
{
    public static IngestOutcome Added(string source, int articleId) => new(source, IngestStatus.Added, articleId, null);

    public static IngestOutcome Duplicate(string source, int articleId) => new(source, IngestStatus.Duplicate, articleId, null);

    public static IngestOutcome Failed(string source, string reason) => new(source, IngestStatus.Failed, null, reason);

    /// <summary>One line for a person: "added  seeds/a.txt  #3".</summary>
    public override string ToString() => Status switch
    {
        IngestStatus.Added => $"added      {Source}  (article {ArticleId})",
        IngestStatus.Duplicate => $"duplicate  {Source}  (same as article {ArticleId})",
        _ => $"failed     {Source}: {Reason}",
    };
}
