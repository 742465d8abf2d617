namespace NewsReader.Tools.StoryModelTraining;

/// <summary>B-cubed precision, recall and F1 of a grouping against the story labels.</summary>
internal sealed record BCubed(double Precision, double Recall)
{
    public double F1 => 2 * Precision * Recall / (Precision + Recall);

    public static BCubed Of(IReadOnlyList<LabelledArticle> articles, IReadOnlyDictionary<string, string> groups)
    {
        var each = PerArticle(articles, groups);
        return new(each.Average(e => e.Precision), each.Average(e => e.Recall));
    }

    /// <summary>Each article's share of its group in its story (precision) and of its story in its group (recall).</summary>
    public static List<(LabelledArticle Article, double Precision, double Recall)> PerArticle(IReadOnlyList<LabelledArticle> articles, IReadOnlyDictionary<string, string> groups) =>
        articles.Select(a =>
        {
            var ours = articles.Where(o => groups[o.Key] == groups[a.Key]).ToList();
            var theirs = articles.Where(o => o.Story == a.Story).ToList();
            return (a, (double)ours.Count(o => o.Story == a.Story) / ours.Count, (double)theirs.Count(o => groups[o.Key] == groups[a.Key]) / theirs.Count);
        }).ToList();

    public override string ToString() => $"B-cubed precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3}";
}
