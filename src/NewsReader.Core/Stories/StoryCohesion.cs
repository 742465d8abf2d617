using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;

namespace NewsReader.Stories;

/// <summary>
/// Re-checks a story when it grows, so that a filing the store's grown evidence no longer supports does not stay.
/// Every article joined its story through a likeness at the join threshold to one of its articles; but likeness
/// weighs names and words by how rare they are in the store, and what was rare when the store was young (the first
/// reports of a war all name the same town) becomes common as it grows. So when an article joins a story, the story's
/// articles are scored against each other again under the store's statistics now, and the story is what those links
/// still hold together. Its articles fall into groups linked at the model's split threshold (one link is enough, as it
/// was to join; the threshold sits below the join threshold, since a story's own reports make its names common as it
/// grows, and is learned with the others, 0 meaning never split): the largest group keeps the story, another group of
/// two or more becomes a story of its own, and an article linked to none is alone again. Each article that stays in a
/// story keeps a reason from its own group (<see cref="ArticleFiling"/>); one alone keeps none. Stories longer than
/// <see cref="Window"/> are not re-checked: they were re-checked as they grew, and scoring every pair of a long story
/// on every filing would make ingest slow down as stories grow.
/// </summary>
public static class StoryCohesion
{
    /// <summary>Stories of more articles than this are not re-checked.</summary>
    public const int Window = 60;

    /// <summary>
    /// The groups these articles fall into when two are linked whose likeness reaches <paramref name="threshold"/>
    /// (pairs keyed smaller id first; a pair not given is not linked): the largest first, on a tie the one holding the
    /// newest article (the highest id); each group's articles in ascending id order.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Groups(IReadOnlyCollection<int> articleIds, IReadOnlyDictionary<(int, int), double> likeness, double threshold)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(likeness);
        var parent = articleIds.Distinct().ToDictionary(id => id, id => id);
        int Root(int id)
        {
            while (parent[id] != id)
            {
                parent[id] = parent[parent[id]];
                id = parent[id];
            }

            return id;
        }

        foreach (var ((a, b), score) in likeness)
        {
            if (score >= threshold && parent.ContainsKey(a) && parent.ContainsKey(b))
            {
                parent[Root(a)] = Root(b);
            }
        }

        return parent.Keys.GroupBy(Root)
            .Select(g => (IReadOnlyList<int>)g.Order().ToList())
            .OrderByDescending(g => g.Count).ThenByDescending(g => g[^1])
            .ToList();
    }

    /// <summary>
    /// Re-checks story <paramref name="storyId"/> under the store's statistics now and splits off what no longer
    /// holds (inside the caller's transaction; set-based writes on rows EF does not track). Returns the stories the
    /// re-check started, which the caller refreshes beside the story itself (deleted, when nothing holds it together).
    /// </summary>
    public static async Task<IReadOnlyList<int>> RecheckAsync(NewsReaderDbContext db, int storyId, StoryModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(model);
        if (model.SplitThreshold <= 0)
        {
            return [];
        }

        var members = await db.Articles.Where(a => a.StoryId == storyId).OrderBy(a => a.Id).Select(a => a.Id).Take(Window + 1).ToListAsync(cancellationToken);
        if (members.Count < 3 || members.Count > Window)
        {
            return [];
        }

        var likeness = await SimilarArticles.PairwiseAsync(db, members, model, cancellationToken);
        var groups = Groups(members, likeness, model.SplitThreshold);
        if (groups.Count == 1)
        {
            return [];
        }

        // No two articles hold together any more: the story is gone and every article is alone.
        var keeps = groups[0].Count > 1;
        var started = new List<int>();
        foreach (var group in groups.Skip(keeps ? 1 : 0))
        {
            if (group.Count == 1)
            {
                var alone = group[0];
                await db.Articles.Where(a => a.Id == alone).ExecuteUpdateAsync(u => u.SetProperty(a => a.StoryId, (int?)null), cancellationToken);
                await db.ArticleFilings.Where(f => f.ArticleId == alone).ExecuteDeleteAsync(cancellationToken);
                continue;
            }

            var newStoryId = await StoryAssigner.NewStoryTitledByAsync(db, group[0], cancellationToken);
            var ids = group.ToList();
            await db.Articles.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(u => u.SetProperty(a => a.StoryId, newStoryId), cancellationToken);
            await KeepReasonsWithinAsync(db, group, likeness, cancellationToken);
            started.Add(newStoryId);
        }

        if (keeps)
        {
            await KeepReasonsWithinAsync(db, groups[0], likeness, cancellationToken);
            await RetitleAsync(db, storyId, groups[0][0], cancellationToken);
        }
        else
        {
            await db.Stories.Where(s => s.Id == storyId).ExecuteDeleteAsync(cancellationToken);
        }

        return started;
    }

    /// <summary>Each article of the group whose reason names an article outside it is filed with its likeliest article inside it.</summary>
    private static async Task KeepReasonsWithinAsync(NewsReaderDbContext db, IReadOnlyList<int> group, IReadOnlyDictionary<(int, int), double> likeness, CancellationToken cancellationToken)
    {
        var ids = group.ToList();
        var reasons = await db.ArticleFilings.AsNoTracking().Where(f => ids.Contains(f.ArticleId)).ToDictionaryAsync(f => f.ArticleId, f => f.WithArticleId, cancellationToken);
        foreach (var article in group)
        {
            if (reasons.TryGetValue(article, out var with) && group.Contains(with))
            {
                continue;
            }

            var (best, score) = group.Where(other => other != article)
                .Select(other => (Id: other, Score: likeness.GetValueOrDefault(article < other ? (article, other) : (other, article))))
                .MaxBy(o => o.Score);
            await StoryAssigner.KeepReasonAsync(db, article, best, score, cancellationToken);
        }
    }

    /// <summary>A story whose titling article left takes the title of its earliest article.</summary>
    private static async Task RetitleAsync(NewsReaderDbContext db, int storyId, int earliestId, CancellationToken cancellationToken)
    {
        var title = await db.Stories.Where(s => s.Id == storyId).Select(s => s.Title).SingleAsync(cancellationToken);
        if (!await db.Articles.AnyAsync(a => a.StoryId == storyId && a.Title == title, cancellationToken))
        {
            var earliest = await db.Articles.Where(a => a.Id == earliestId).Select(a => a.Title).SingleAsync(cancellationToken);
            await db.Stories.Where(s => s.Id == storyId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Title, earliest), cancellationToken);
        }
    }
}
