namespace NewsReader.Nlp.Conll;

/// <summary>Counts for one entity type (or all): found, gold, and correct (exact span and type).</summary>
public sealed record EntityCounts(int Found, int Gold, int Correct)
{
    public double Precision => Found == 0 ? 0 : (double)Correct / Found;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Entity-level scoring as conlleval does it: exact span and type, micro-averaged over types.</summary>
public sealed class EntityScore
{
    private readonly Dictionary<string, (int Found, int Gold, int Correct)> _byType = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var goldSpans = EntitySpan.FromBio(gold);
        var predictedSpans = EntitySpan.FromBio(predicted);
        var goldSet = goldSpans.ToHashSet();
        foreach (var span in predictedSpans)
        {
            Bump(span.Type, found: 1, gold: 0, correct: goldSet.Contains(span) ? 1 : 0);
        }

        foreach (var span in goldSpans)
        {
            Bump(span.Type, found: 0, gold: 1, correct: 0);
        }
    }

    public IReadOnlyList<string> Types => _byType.Keys.Order(StringComparer.Ordinal).ToList();

    public EntityCounts For(string type) =>
        _byType.TryGetValue(type, out var c) ? new EntityCounts(c.Found, c.Gold, c.Correct) : new EntityCounts(0, 0, 0);

    public EntityCounts Overall => new(_byType.Values.Sum(c => c.Found), _byType.Values.Sum(c => c.Gold), _byType.Values.Sum(c => c.Correct));

    private void Bump(string type, int found, int gold, int correct)
    {
        var c = _byType.GetValueOrDefault(type);
        _byType[type] = (c.Found + found, c.Gold + gold, c.Correct + correct);
    }
}
