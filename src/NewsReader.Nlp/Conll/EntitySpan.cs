namespace NewsReader.Nlp.Conll;

/// <summary>An entity as a span of token indexes [Start, End) with its type.</summary>
public readonly record struct EntitySpan(int Start, int End, string Type)
{
    /// <summary>The entities a BIO tag sequence marks; a stray I- opens an entity, as conlleval reads it.</summary>
    public static List<EntitySpan> FromBio(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<EntitySpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var continues = type is not null && tag.StartsWith("I-", StringComparison.Ordinal) && tag[2..] == type;
            if (continues)
            {
                continue;
            }

            if (type is not null)
            {
                spans.Add(new EntitySpan(start, i, type));
                type = null;
            }

            if (tag != "O")
            {
                start = i;
                type = tag[2..];
            }
        }

        return spans;
    }
}
