namespace NewsReader.Nlp.Training;

/// <summary>A training sentence with its features already looked up: rows per token, and the gold tags.</summary>
internal sealed class TrainingSentence(int[] rows, int[] offsets, int[] gold)
{
    /// <summary>Feature rows of token i are Rows[Offsets[i] .. Offsets[i + 1]).</summary>
    public int[] Rows { get; } = rows;

    public int[] Offsets { get; } = offsets;

    public int[] Gold { get; } = gold;

    public int Length => Gold.Length;
}
