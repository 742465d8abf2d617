using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;

namespace NewsReader.Articles;

/// <summary>The beginning of an article's text, the whole text's size in bytes (UTF-8, as stored), and whether it is all of it.</summary>
public sealed record TextBeginning(string Text, long WholeBytes, bool IsWhole);

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
        NewsReaderDbContext db, int articleId, int maxChars, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await ReadAsync(db, articleId, async blob =>
        {
            // A UTF-16 unit takes at most three bytes of UTF-8 (a pair of them, four).
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

    /// <summary>Article <paramref name="articleId"/>'s whole text, or null when there is none.</summary>
    public static async Task<string?> WholeAsync(NewsReaderDbContext db, int articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await ReadAsync(db, articleId, async blob =>
        {
            var buffer = new byte[blob.Length];
            await blob.ReadExactlyAsync(buffer, cancellationToken);
            return Encoding.UTF8.GetString(buffer);
        }, cancellationToken);
    }

    private static async Task<T?> ReadAsync<T>(NewsReaderDbContext db, int articleId, Func<SqliteBlob, Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
            {
                return null;
            }

            using var blob = new SqliteBlob(connection, "Articles", nameof(Article.Text), articleId, readOnly: true);
            return await read(blob);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
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
