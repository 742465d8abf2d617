using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsReader.Entities;
using NewsReader.Ingestion;
using NewsReader.Stories;

namespace NewsReader.TestSupport;

/// <summary>Recall and precision of one kind of name, over distinct (surface form, kind) pairs per article.</summary>
internal sealed record KindScore(EntityKind Kind, int Gold, int Found, int Predicted, int Correct)
{
    public double Recall => Gold == 0 ? 1 : (double)Found / Gold;

    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
}

/// <summary>
/// The development corpora's quality figures, measured through the user's path: the files are ingested as `ingest`
/// does (<see cref="SourceIngestor"/>, files as they are, in order, into one store), and what was stored is scored
/// against the gold labels with the conventions of ../shared/corpus/dev/README.md.
/// <list type="bullet">
/// <item>Names: per article, distinct (surface form, kind) pairs of the stored mentions against the gold ones; names
/// only in credits and bylines count neither way, nor do names whose text is a gold event's.</item>
/// <item>Events: the same over event mentions (credits aside).</item>
/// <item>Credits: of the names the gold marks as only in a credit or byline, how many were stored as the article's
/// entities (they should not be).</item>
/// <item>Linking purity: the share of gold entities (kind and canonical name, across both corpora) whose stored
/// mentions all land on one stored entity; entities none of whose mentions were found count neither way.</item>
/// <item>Stories: B-cubed precision, recall and F1 of the stored stories against the manifests' story labels; an
/// article that was refused is a story of its own.</item>
/// <item>Related: for articles whose story has 3 or more other articles, the share of their 3 most similar articles
/// in the same story.</item>
/// <item>Dates: of the articles whose manifest date (to the day) was read from the excerpt, how many were stored with
/// that date; and how many articles were stored with a date other than the manifest's (to the day, or the month where
/// it gives only that).</item>
/// </list>
/// </summary>
internal sealed record CorpusScores(
    IReadOnlyList<string> Refused,
    IReadOnlyDictionary<EntityKind, KindScore> Kinds,
    int LinkedWhole,
    int Linked,
    IReadOnlyList<string> Splits,
    IReadOnlyList<string> Errors,
    int CreditsGold,
    int CreditsStored,
    double StoryPrecision,
    double StoryRecall,
    int RelatedRight,
    int RelatedJudged)
{
    public int DatesInText { get; init; }

    public int DatesRead { get; init; }

    public IReadOnlyList<string> DatesWrong { get; init; } = [];

    public double LinkingPurity => Linked == 0 ? 1 : (double)LinkedWhole / Linked;

    public double StoryF1 => 2 * StoryPrecision * StoryRecall / (StoryPrecision + StoryRecall);

    public double RelatedPrecision => RelatedJudged == 0 ? 1 : (double)RelatedRight / RelatedJudged;

    /// <summary>Ingests <paramref name="files"/> (one per article, in the same order) into the empty store and scores it.</summary>
    public static async Task<CorpusScores> MeasureAsync(TestDatabase database, IReadOnlyList<DevArticle> articles, IReadOnlyList<string> files)
    {
        var outcomes = await database.SourceIngestor().IngestAsync(files, IngestOptions.Default, progress: null, CancellationToken.None);
        var ids = new Dictionary<DevArticle, int>();
        var refused = new List<string>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (outcomes[i].ArticleId is int id)
            {
                ids[articles[i]] = id;
            }
            else
            {
                refused.Add($"{articles[i].Key}: {outcomes[i].Reason}");
            }
        }

        await using var db = database.CreateDbContext();
        var mentions = (await db.Mentions.AsNoTracking().Select(m => new { m.ArticleId, m.Text, m.EntityId, m.Entity!.Kind }).ToListAsync())
            .ToLookup(m => m.ArticleId);

        var kinds = Enum.GetValues<EntityKind>().ToDictionary(k => k, k => new KindScore(k, 0, 0, 0, 0));
        var landings = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var errors = new List<string>();
        int creditsGold = 0, creditsStored = 0;
        foreach (var article in articles)
        {
            var stored = ids.TryGetValue(article, out var id) ? mentions[id].ToList() : [];
            var credits = article.Gold.Where(g => g.Credit).SelectMany(g => g.Mentions).ToHashSet(StringComparer.Ordinal);
            var eventTexts = article.Gold.Where(g => g.Kind == EntityKind.Event).SelectMany(g => g.Mentions).ToHashSet(StringComparer.Ordinal);
            var expected = article.Gold.Where(g => !g.Credit).SelectMany(g => g.Mentions.Select(m => (Text: m, g.Kind))).ToHashSet();
            var creditOnly = credits.Where(c => !expected.Any(e => e.Text == c)).ToList();
            creditsGold += creditOnly.Count;
            creditsStored += creditOnly.Count(c => stored.Any(m => m.Text == c));
            errors.AddRange(creditOnly.Where(c => stored.Any(m => m.Text == c)).Select(c => $"credit stored {article.Key} \"{c}\""));
            var actual = stored.Select(m => (m.Text, m.Kind))
                .Where(x => expected.Contains(x) || !(credits.Contains(x.Text) || (x.Kind != EntityKind.Event && eventTexts.Contains(x.Text))))
                .ToHashSet();
            errors.AddRange(expected.Where(x => !actual.Contains(x)).Select(x => $"missed {x.Kind} {article.Key} \"{x.Text}\"{(actual.Any(a => a.Text == x.Text) ? $" (as {actual.First(a => a.Text == x.Text).Kind})" : "")}"));
            errors.AddRange(actual.Where(x => !expected.Contains(x) && !expected.Any(e => e.Text == x.Text)).Select(x => $"extra {x.Kind} {article.Key} \"{x.Text}\""));
            foreach (var kind in kinds.Keys)
            {
                var expectedOfKind = expected.Where(x => x.Kind == kind).ToList();
                var actualOfKind = actual.Where(x => x.Kind == kind).ToList();
                var score = kinds[kind];
                kinds[kind] = score with
                {
                    Gold = score.Gold + expectedOfKind.Count,
                    Found = score.Found + expectedOfKind.Count(actual.Contains),
                    Predicted = score.Predicted + actualOfKind.Count,
                    Correct = score.Correct + actualOfKind.Count(expected.Contains),
                };
            }

            var byText = stored.ToLookup(m => m.Text, m => m.EntityId, StringComparer.Ordinal);
            foreach (var entity in article.Gold.Where(g => !g.Credit))
            {
                var landed = entity.Mentions.SelectMany(m => byText[m]).ToList();
                if (landed.Count > 0)
                {
                    var key = $"{entity.Kind}: {entity.Name}";
                    landings.TryAdd(key, []);
                    landings[key].UnionWith(landed);
                }
            }
        }

        var names = await db.Entities.AsNoTracking().ToDictionaryAsync(e => e.Id, e => $"{e.Kind} {e.Name}");
        var splits = landings.Where(l => l.Value.Count > 1).OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => $"{l.Key} -> {string.Join(" | ", l.Value.Select(id => names[id]))}").ToList();

        var storyOfArticle = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.StoryId);
        string Grouped(DevArticle a) => ids.TryGetValue(a, out var id)
            ? storyOfArticle[id] is int story ? $"story {story}" : $"alone {id}"
            : $"refused {a.Key}";
        double precision = 0, recall = 0;
        foreach (var article in articles)
        {
            var ours = articles.Where(other => Grouped(other) == Grouped(article)).ToList();
            var theirs = articles.Where(other => other.Story == article.Story).ToList();
            precision += (double)ours.Count(other => other.Story == article.Story) / ours.Count;
            recall += (double)theirs.Count(other => Grouped(other) == Grouped(article)) / theirs.Count;
        }

        var storyByArticleId = ids.ToDictionary(p => p.Value, p => p.Key.Story);
        int judged = 0, right = 0;
        foreach (var article in articles.Where(a => ids.ContainsKey(a) && articles.Count(o => o.Story == a.Story) >= 4))
        {
            var top = (await SimilarArticles.FindAsync(db, ids[article], CancellationToken.None)).Take(3).ToList();
            judged += 3;
            right += top.Count(r => storyByArticleId.GetValueOrDefault(r.ArticleId) == article.Story);
        }

        var published = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.PublishedAt);
        DateTime? StoredDate(DevArticle a) => ids.TryGetValue(a, out var id) ? published[id] : null;
        var datesWrong = articles.Where(a => StoredDate(a) is { } stored && a.Published is { } known
                && (a.DatedToTheDay ? stored.Date != known.Date : (stored.Year, stored.Month) != (known.Year, known.Month)))
            .Select(a => $"{a.Key}: {StoredDate(a):yyyy-MM-dd} against {a.Published:yyyy-MM-dd}").ToList();

        return new CorpusScores(refused, kinds, landings.Count(l => l.Value.Count == 1), landings.Count, splits, errors, creditsGold, creditsStored,
            precision / articles.Count, recall / articles.Count, right, judged)
        {
            DatesInText = articles.Count(a => a.DateInText),
            DatesRead = articles.Count(a => a.DateInText && StoredDate(a)?.Date == a.Published!.Value.Date),
            DatesWrong = datesWrong,
        };
    }

    /// <summary>The figures, one line each, for the test output and the docs.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"refused: {Refused.Count}");
        foreach (var line in Refused)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {line}");
        }

        foreach (var score in Kinds.Values)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{score.Kind}: recall {score.Recall:F3} ({score.Found}/{score.Gold}), precision {score.Precision:F3} ({score.Correct}/{score.Predicted})");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"credit and byline names stored as the story's: {CreditsStored} of {CreditsGold}");
        text.AppendLine(CultureInfo.InvariantCulture, $"linking purity {LinkingPurity:F3} ({LinkedWhole}/{Linked})");
        text.AppendLine(CultureInfo.InvariantCulture, $"stories: B-cubed precision {StoryPrecision:F3}, recall {StoryRecall:F3}, F1 {StoryF1:F3}");
        text.AppendLine(CultureInfo.InvariantCulture, $"related: top-3 precision {RelatedPrecision:F3} ({RelatedRight}/{RelatedJudged})");
        text.AppendLine(CultureInfo.InvariantCulture, $"dates the text shows: {DatesRead} of {DatesInText} stored; {DatesWrong.Count} articles stored with another date");
        foreach (var wrong in DatesWrong)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  wrong date {wrong}");
        }

        foreach (var split in Splits)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  split: {split}");
        }

        foreach (var error in Errors.Order(StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {error}");
        }

        return text.ToString();
    }
}
