namespace NewsReader.Stories;

/// <summary>In how many stored articles a content term occurs: the document frequency behind text similarity.</summary>
public sealed class TermStatistic
{
    public required string Term { get; set; }

    public int Articles { get; set; }
}
