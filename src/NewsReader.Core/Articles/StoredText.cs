using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;

namespace NewsReader.Articles;

/// <summary>The beginning of an article's text, the whole text's size in bytes (UTF-8, as stored), and whether it is all of it.</summary>
public sealed record TextBeginning(string Text, long WholeBytes, bool IsWhole);

/// <summary>One part of a long article's text: where it starts (in UTF-16 units, as mentions are placed), whether more follows.</summary>
public sealed record TextPart(string Text, int Start, bool HasNext, long WholeBytes);

/// <summary>
/// An article's stored text read as bytes through SQLite's incremental BLOB I/O: only the pages holding the bytes
/// asked for are read. SQL functions on a text column load all of it first (<c>substr(Text, 1, 20000)</c> of a 4.8 MB
/// article took 25 ms; the same beginning read this way, well under one).
/// </summary>
public static class StoredText
{
    /// <summary>
    /// The beginning of article <paramref name="articleId"/>'s text, at most <paramref name="maxChars"/> UTF-16
    /// units (never half a character); null when there is no such article.
    /// </summary>
    public static async Task<TextBeginning?> BeginningAsync(
        NewsReaderDbContext db, int articleId, int maxChars, CancellationToken cancellationToken) =>
        (await BeginningsAsync(db, new Dictionary<int, int> { [articleId] = maxChars }, cancellationToken)).GetValueOrDefault(articleId);

    /// <summary>
    /// The beginnings of several articles' texts, each at most the UTF-16 units asked for it, on one connection; an
    /// id with no article has none.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, TextBeginning>> BeginningsAsync(
        NewsReaderDbContext db, IReadOnlyDictionary<int, int> maxCharsById, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(maxCharsById);
        return await ReadEachAsync(db, maxCharsById.Keys.ToList(), async (id, blob) =>
        {
            // A UTF-16 unit takes at most three bytes of UTF-8 (a pair of them, four).
            var maxChars = maxCharsById[id];
            var buffer = new byte[(int)Math.Min(blob.Length, (long)maxChars * 3)];
            await blob.ReadExactlyAsync(buffer, cancellationToken);
            var text = Encoding.UTF8.GetString(buffer, 0, WholeCharactersEnd(buffer));
            var cut = Math.Min(text.Length, maxChars);
            if (cut < text.Length && char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            return new TextBeginning(text[..cut], blob.Length, cut == text.Length && buffer.Length == blob.Length);
        }, cancellationToken);
    }

    /// <summary>
    /// Part <paramref name="part"/> (from 1) of article <paramref name="articleId"/>'s text cut into parts of about
    /// <paramref name="partBytes"/> bytes: part k runs from the first paragraph end at or after byte (k-1)·n to the
    /// first at or after k·n (a paragraph longer than n is cut at a space, else between characters), so a part is
    /// found by reading its own bytes; the bytes before it, from the nearest <see cref="TextCheckpoints"/>, are only
    /// counted, to place it in characters. Null when there is no such article or part.
    /// </summary>
    public static async Task<TextPart?> PartAsync(NewsReaderDbContext db, int articleId, int part, int partBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(part, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(partBytes, 16);
        var checkpoints = await db.TextCheckpoints.Where(c => c.ArticleId == articleId).Select(c => c.UnitsBefore).FirstOrDefaultAsync(cancellationToken);
        var parts = await ReadEachAsync<TextPart>(db, [articleId], async (_, blob) =>
        {
            var length = blob.Length;
            var from = (long)(part - 1) * partBytes;
            if (from >= length)
            {
                return null;
            }

            // The bytes from this part's nominal start to a part past its nominal end hold both of its boundaries.
            var windowEnd = Math.Min(length, ((long)part + 1) * partBytes);
            var window = new byte[windowEnd - from];
            blob.Position = from;
            await blob.ReadExactlyAsync(window, cancellationToken);
            var start = part == 1 ? 0 : Boundary(window, 0, partBytes);
            var end = Boundary(window, (int)Math.Min(window.Length, partBytes), partBytes);
            if (from + start >= length)
            {
                return null;
            }

            var before = await UnitsBeforeAsync(blob, from + start, checkpoints, cancellationToken);
            var text = Encoding.UTF8.GetString(window, start, end - start);
            return new TextPart(text.TrimEnd('\n'), before, from + end < length, length);
        }, cancellationToken);
        return parts.GetValueOrDefault(articleId);
    }

    /// <summary>
    /// The first place at or after <paramref name="at"/> where a part may start: just after a paragraph end within
    /// <paramref name="reach"/> bytes, else after a space, else at a character's first byte; the window's end if none.
    /// </summary>
    private static int Boundary(byte[] window, int at, int reach)
    {
        if (at >= window.Length)
        {
            return window.Length;
        }

        var limit = Math.Min(window.Length, at + reach);
        var span = window.AsSpan(at, limit - at);
        if (span.IndexOf("\n\n"u8) is var paragraph and >= 0)
        {
            return at + paragraph + 2;
        }

        if (span.IndexOf((byte)' ') is var space and >= 0)
        {
            return at + space + 1;
        }

        var i = at;
        while (i < limit && (window[i] & 0xC0) == 0x80)
        {
            i++;
        }

        return i;
    }

    /// <summary>UTF-16 units in the first <paramref name="bytes"/> bytes of the text: from the last checkpoint before them, counted a chunk at a time.</summary>
    private static async Task<int> UnitsBeforeAsync(SqliteBlob blob, long bytes, byte[]? checkpoints, CancellationToken cancellationToken)
    {
        var (from, units) = TextCheckpoints.Nearest(checkpoints, bytes);
        var buffer = new byte[64 * 1024];
        blob.Position = from;
        for (var left = bytes - from; left > 0;)
        {
            var read = (int)Math.Min(buffer.Length, left);
            await blob.ReadExactlyAsync(buffer.AsMemory(0, read), cancellationToken);
            left -= read;
            units += TextCheckpoints.Utf16Units(buffer.AsSpan(0, read));
        }

        return units;
    }

    /// <summary>
    /// What <paramref name="read"/> makes of each stored article's text among <paramref name="ids"/>, on one open
    /// connection; ids with no article, or for which it makes nothing, are left out.
    /// </summary>
    private static async Task<Dictionary<int, T>> ReadEachAsync<T>(
        NewsReaderDbContext db, IReadOnlyCollection<int> ids, Func<int, SqliteBlob, Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        var results = new Dictionary<int, T>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            foreach (var id in await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken))
            {
                using var blob = new SqliteBlob(connection, "Articles", nameof(Article.Text), id, readOnly: true);
                if (await read(id, blob) is { } result)
                {
                    results[id] = result;
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return results;
    }

    /// <summary>The length of the bytes that hold whole UTF-8 characters: a sequence the buffer cuts is left out.</summary>
    private static int WholeCharactersEnd(byte[] bytes)
    {
        var end = bytes.Length;
        var back = 0;
        while (end - back > 0 && back < 4 && (bytes[end - back - 1] & 0xC0) == 0x80)
        {
            back++;
        }

        if (end - back == 0)
        {
            return end;
        }

        var lead = bytes[end - back - 1];
        var needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        return needed > back ? end - back - 1 : end;
    }
}
