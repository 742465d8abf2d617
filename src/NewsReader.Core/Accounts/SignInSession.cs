using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NewsReader.Storage;

namespace NewsReader.Accounts;

/// <summary>
/// One sign-in of the administrator, kept on the server: the sign-in cookie names it, and it ends when they sign out
/// or it expires. A copy of the cookie taken before sign-out opens nothing after it.
/// </summary>
public sealed class SignInSession
{
    /// <summary>A random 256-bit name, as the cookie carries it.</summary>
    public required string Id { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>Starts a session that lasts <paramref name="lifetime"/>, clearing expired ones; returns its id.</summary>
    public static async Task<string> StartAsync(NewsReaderDbContext db, DateTime now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.SignInSessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var session = new SignInSession { Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), StartedAt = now, ExpiresAt = now + lifetime };
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Whether the session <paramref name="id"/> is still open at <paramref name="now"/>.</summary>
    public static Task<bool> IsOpenAsync(NewsReaderDbContext db, string id, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.SignInSessions.AnyAsync(s => s.Id == id && s.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Ends the session <paramref name="id"/>: every copy of its cookie stops working.</summary>
    public static Task EndAsync(NewsReaderDbContext db, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.SignInSessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
    }
}
