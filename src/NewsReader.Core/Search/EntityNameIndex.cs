using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;
using NewsReader.Text;

namespace NewsReader.Search;

/// <summary>
/// Every entity's normal name, in memory, indexed for name search so a query never scans the entity table or every
/// name: names and their words sorted (exact, prefix and word-prefix matches by binary search), and distinct words
/// bucketed by first and last letter and length (misspellings compared only within their buckets, each word once).
/// Each search first loads the entities added since the last one (ids only grow) into a small unsorted tail, merged
/// into the index once it grows.
/// Entities folded away by linking may linger; search drops ids the store no longer has. Safe to share.
/// </summary>
public sealed class EntityNameIndex
{
    private const int TailBeforeMerge = 2_000;

    private readonly Lock _gate = new();
    private Snapshot _snapshot = Snapshot.Build([]);
    private List<(int Id, string Name)> _tail = [];
    private int _loadedThrough;

    /// <summary>Entities matching the normal-form query, best matches first, at most <paramref name="limit"/> of each grade.</summary>
    public async Task<List<(int Id, NameMatch Match)>> FindAsync(NewsReaderDbContext db, string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var (snapshot, tail) = await CatchUpAsync(db, cancellationToken);
        var spaced = " " + query;
        var found = new Dictionary<int, NameMatch>();
        void Add(int id, NameMatch match)
        {
            if (!found.TryGetValue(id, out var had) || match < had)
            {
                found[id] = match;
            }
        }

        foreach (var (id, name) in snapshot.NamesStartingWith(query).Take(limit * 4))
        {
            Add(id, name == query ? NameMatch.Exact : NameMatch.Prefix);
        }

        var firstWord = query.Split(' ')[0];
        foreach (var id in snapshot.IdsWithWordStartingWith(firstWord).Take(limit * 20))
        {
            if (snapshot.NameOf(id) is { } name && name.Contains(spaced, StringComparison.Ordinal))
            {
                Add(id, NameMatch.WordPrefix);
            }
        }

        foreach (var (id, name) in tail)
        {
            // As in the sorted index: a query found only inside a word is not a match.
            if (NameMatcher.GradeAsWritten(name, query, spaced) is var match and not NameMatch.None and not NameMatch.Contains)
            {
                Add(id, match);
            }
        }

        // Misspellings are looked for only when the name as typed matches nothing: a name spelt right needs no
        // guesses, and the search through the buckets is most of a name search's time in a large store.
        if (found.Count == 0)
        {
            foreach (var id in snapshot.IdsOfMisspellings(query))
            {
                Add(id, NameMatch.Fuzzy);
            }

            foreach (var (id, name) in tail.Where(t => !found.ContainsKey(t.Id) && NameMatcher.IsMisspelling(t.Name, query)))
            {
                Add(id, NameMatch.Fuzzy);
            }
        }

        return found.Select(f => (f.Key, f.Value)).OrderBy(f => f.Value).ToList();
    }

    private async Task<(Snapshot, List<(int Id, string Name)>)> CatchUpAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        int after;
        lock (_gate)
        {
            after = _loadedThrough;
        }

        var added = await db.Entities.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id)
            .Select(e => new ValueTuple<int, string>(e.Id, e.NormalizedName)).ToListAsync(cancellationToken);
        lock (_gate)
        {
            var fresh = added.Where(a => a.Item1 > _loadedThrough).ToList();
            if (fresh.Count > 0)
            {
                _tail = [.. _tail, .. fresh];
                _loadedThrough = fresh[^1].Item1;
            }

            if (_tail.Count > TailBeforeMerge || (_snapshot.Count == 0 && _tail.Count > 0))
            {
                _snapshot = Snapshot.Build([.. _snapshot.All, .. _tail]);
                _tail = [];
            }

            return (_snapshot, _tail);
        }
    }

    /// <summary>An immutable index over a set of names.</summary>
    private sealed class Snapshot
    {
        private readonly (string Name, int Id)[] _names;
        private readonly (string Word, int Id)[] _words;
        private readonly Dictionary<int, string> _byId;

        /// <summary>Each distinct word, and each distinct name of several words, with the ids of the names it is in.</summary>
        private readonly Dictionary<string, List<int>> _idsByTerm;

        /// <summary>Those terms by first letter and length, and by last letter and length.</summary>
        private readonly Dictionary<(char, int), List<string>> _byFirst;
        private readonly Dictionary<(char, int), List<string>> _byLast;

        private Snapshot(
            (string, int)[] names, (string, int)[] words, Dictionary<int, string> byId, Dictionary<string, List<int>> idsByTerm,
            Dictionary<(char, int), List<string>> byFirst, Dictionary<(char, int), List<string>> byLast)
        {
            (_names, _words, _byId, _idsByTerm, _byFirst, _byLast) = (names, words, byId, idsByTerm, byFirst, byLast);
        }

        public int Count => _names.Length;

        public IEnumerable<(int Id, string Name)> All => _names.Select(n => (n.Id, n.Name));

        public static Snapshot Build(IReadOnlyList<(int Id, string Name)> entries)
        {
            var names = entries.Select(e => (e.Name, e.Id)).ToArray();
            Array.Sort(names, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            var words = entries.SelectMany(e => e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (w, e.Id))).ToArray();
            Array.Sort(words, (a, b) => string.CompareOrdinal(a.Item1, b.Item1));
            var idsByTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var (term, id) in words.Concat(names.Where(n => n.Name.Contains(' ', StringComparison.Ordinal))))
            {
                Bucket(idsByTerm, term).Add(id);
            }

            var byFirst = new Dictionary<(char, int), List<string>>();
            var byLast = new Dictionary<(char, int), List<string>>();
            foreach (var term in idsByTerm.Keys)
            {
                Bucket(byFirst, (term[0], term.Length)).Add(term);
                Bucket(byLast, (term[^1], term.Length)).Add(term);
            }

            return new Snapshot(names, words, entries.ToDictionary(e => e.Id, e => e.Name), idsByTerm, byFirst, byLast);
        }

        public string? NameOf(int id) => _byId.GetValueOrDefault(id);

        public IEnumerable<(int Id, string Name)> NamesStartingWith(string prefix)
        {
            for (var i = LowerBound(_names, prefix, n => n.Name); i < _names.Length && _names[i].Name.StartsWith(prefix, StringComparison.Ordinal); i++)
            {
                yield return (_names[i].Id, _names[i].Name);
            }
        }

        public IEnumerable<int> IdsWithWordStartingWith(string prefix)
        {
            for (var i = LowerBound(_words, prefix, w => w.Word); i < _words.Length && _words[i].Word.StartsWith(prefix, StringComparison.Ordinal); i++)
            {
                yield return _words[i].Id;
            }
        }

        /// <summary>
        /// Ids of the names with a word, or the whole name, that the query misspells (<see cref="NameMatcher.IsMisspelledTerm"/>).
        /// Only terms sharing the query's first or last letter and near its length are compared, each distinct term
        /// once however many names it is in; an id may come more than once.
        /// </summary>
        public IEnumerable<int> IdsOfMisspellings(string query)
        {
            var allowed = EditDistance.AllowedFor(query.Length);
            if (allowed == 0 || query.Length == 0)
            {
                yield break;
            }

            for (var length = query.Length - allowed; length <= query.Length + allowed; length++)
            {
                // A term with both the first and the last letter is in both buckets: compared from the first only.
                var terms = (_byFirst.GetValueOrDefault((query[0], length)) ?? [])
                    .Concat((_byLast.GetValueOrDefault((query[^1], length)) ?? []).Where(t => t[0] != query[0]));
                foreach (var term in terms)
                {
                    if (NameMatcher.IsMisspelledTerm(term, query))
                    {
                        foreach (var id in _idsByTerm[term])
                        {
                            yield return id;
                        }
                    }
                }
            }
        }

        private static List<TValue> Bucket<TKey, TValue>(Dictionary<TKey, List<TValue>> buckets, TKey key)
            where TKey : notnull
        {
            if (!buckets.TryGetValue(key, out var list))
            {
                buckets[key] = list = [];
            }

            return list;
        }

        private static int LowerBound<T>(T[] sorted, string value, Func<T, string> key)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (string.CompareOrdinal(key(sorted[mid]), value) < 0)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }
}
