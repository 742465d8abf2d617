namespace NewsReader.Nlp.Tagging;

/// <summary>The BIO tag set over PER, LOC, ORG and MISC, and which tag may follow which.</summary>
public static class EntityTags
{
    public const int Outside = 0;

    public static readonly string[] Types = ["PER", "LOC", "ORG", "MISC"];

    /// <summary>O, then B-X and I-X for each type in <see cref="Types"/>.</summary>
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public static int Count => Names.Length;

    public static bool IsInside(int tag) => tag != Outside && tag % 2 == 0;

    /// <summary>Index into <see cref="Types"/>; -1 for O.</summary>
    public static int TypeOf(int tag) => tag == Outside ? -1 : (tag - 1) / 2;

    public static int Begin(int type) => 1 + (type * 2);

    public static int Inside(int type) => 2 + (type * 2);

    /// <summary>BIO forbids I-X after anything but B-X or I-X of the same type.</summary>
    public static bool CanFollow(int previous, int tag) =>
        !IsInside(tag) || (previous != Outside && TypeOf(previous) == TypeOf(tag));

    /// <summary>
    /// The entities a BIO tag sequence marks, as token ranges with a type index into <see cref="Types"/>; a stray
    /// I- tag opens an entity, as conlleval reads it.
    /// </summary>
    public static List<(int Start, int End, int Type)> Spans(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int Start, int End, int Type)>();
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : Outside;
            if (start >= 0 && !(IsInside(tag) && TypeOf(tag) == TypeOf(tags[start])))
            {
                spans.Add((start, i, TypeOf(tags[start])));
                start = -1;
            }

            if (tag != Outside && start < 0)
            {
                start = i;
            }
        }

        return spans;
    }

    public static int Parse(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var index = Array.IndexOf(Names, tag);
        return index >= 0 ? index : throw new FormatException($"unknown entity tag '{tag}'");
    }
}
