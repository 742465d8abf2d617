using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;
using NewsReader.Text;

namespace NewsReader.Search;

/// <summary>
/// "Did you mean" for words: a query no article matches, with each word no stored article has replaced by the stored
/// word closest to it in spelling (the most common of the closest), "negotaitions" → "negotiation". Words are
/// compared as content terms (TermStatistics: lower case, a plural's s dropped); only stored words starting with the
/// same letter are tried, since a slip rarely hits the first letter, and that keeps the look-up to one index range.
/// </summary>
public static class WordSuggestion
{
    /// <summary>Stored words read per unknown word, the most common first.</summary>
    private const int Candidates = 5000;

    /// <summary>The query with its unknown words respelled, or null when every word is known or none has a close stored word.</summary>
    public static async Task<string?> ForAsync(NewsReaderDbContext db, FullTextQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var respelled = new List<string>(query.Words.Count);
        var changed = false;
        foreach (var word in query.Words)
        {
            var term = word.IsPrefix || word.Text.Contains(' ', StringComparison.Ordinal) ? null : ContentTerms.Term(word.Text);
            var better = term is null ? null : await CloserStoredWordAsync(db, term, cancellationToken);
            changed |= better is not null;
            respelled.Add(better ?? (word.Text.Contains(' ', StringComparison.Ordinal) ? $"\"{word.Text}\"" : word.IsPrefix ? word.Text + "*" : word.Text));
        }

        return changed ? string.Join(' ', respelled) : null;
    }

    /// <summary>The closest, then most common, stored word to an unknown <paramref name="term"/>; null when it is stored or nothing is close.</summary>
    private static async Task<string?> CloserStoredWordAsync(NewsReaderDbContext db, string term, CancellationToken cancellationToken)
    {
        var allowed = EditDistance.AllowedFor(term.Length);
        if (allowed == 0 || await db.TermStatistics.AnyAsync(t => t.Term == term && t.Articles > 0, cancellationToken))
        {
            return null;
        }

        var from = term[..1];
        var to = ((char)(term[0] + 1)).ToString();
        var (shortest, longest) = (term.Length - allowed, term.Length + allowed);
        var stored = await db.Database.SqlQuery<StoredWord>($"""
            SELECT Term, Articles FROM TermStatistics
            WHERE Term >= {from} AND Term < {to} AND length(Term) BETWEEN {shortest} AND {longest} AND Articles > 0
            ORDER BY Articles DESC LIMIT {Candidates}
            """).ToListAsync(cancellationToken);
        return stored
            .Select(s => (s.Term, s.Articles, Distance: EditDistance.Within(s.Term, term, allowed)))
            .Where(s => s.Distance <= allowed)
            .OrderBy(s => s.Distance).ThenByDescending(s => s.Articles).ThenBy(s => s.Term, StringComparer.Ordinal)
            .Select(s => s.Term)
            .FirstOrDefault();
    }

    private sealed class StoredWord
    {
        public string Term { get; set; } = "";

        public int Articles { get; set; }
    }
}
