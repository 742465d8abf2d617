namespace NewsReader.Nlp.Tagging;

/// <summary>The BIO tag set over PER, LOC, ORG and MISC, and which tag may follow which.</summary>
public static class EntityTags
{
    public const int Outside = 0;

    public static readonly string[] Types = ["PER", "LOC", "ORG", "MISC"];

    /// <summary>O, then B-X and I-X for each type in <see cref="Types"/>.</summary>
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public static int Count => Names.Length;

    public static bool IsBegin(int tag) => tag != Outside && tag % 2 == 1;

    public static bool IsInside(int tag) => tag != Outside && tag % 2 == 0;

    /// <summary>Index into <see cref="Types"/>; -1 for O.</summary>
    public static int TypeOf(int tag) => tag == Outside ? -1 : (tag - 1) / 2;

    public static int Begin(int type) => 1 + (type * 2);

    public static int Inside(int type) => 2 + (type * 2);

    /// <summary>BIO forbids I-X after anything but B-X or I-X of the same type.</summary>
    public static bool CanFollow(int previous, int tag) =>
        !IsInside(tag) || (previous != Outside && TypeOf(previous) == TypeOf(tag));

    public static int Parse(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var index = Array.IndexOf(Names, tag);
        return index >= 0 ? index : throw new FormatException($"unknown entity tag '{tag}'");
    }
}
