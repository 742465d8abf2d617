using System.Globalization;
using NewsReader.Articles;

namespace NewsReader.Web.Rendering;

/// <summary>
/// A reader's visits to the home page, kept in a cookie (no account): the last article id they had seen before this
/// visit (<see cref="SeenUpTo"/>), the newest one shown to them (<see cref="Top"/>), and when they were last here.
/// Requests less than <see cref="NewVisitAfter"/> apart are one visit, so the marks stay put while they read; after a
/// longer gap, what they had been shown counts as seen and only what arrived since is new.
/// </summary>
public sealed record VisitCookie(int SeenUpTo, int Top, DateTime LastSeen)
{
    public const string Name = "nr-visit";

    public static readonly TimeSpan NewVisitAfter = TimeSpan.FromMinutes(30);

    /// <summary>The cookie's value, or null when absent or not one of ours.</summary>
    public static VisitCookie? Parse(string? value)
    {
        var parts = value?.Split('.');
        return parts is [var seen, var top, var last]
            && int.TryParse(seen, NumberStyles.None, CultureInfo.InvariantCulture, out var seenUpTo)
            && int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var shown)
            && long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? new VisitCookie(seenUpTo, shown, DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime)
            : null;
    }

    /// <summary>The reader's visit at <paramref name="now"/>, given the cookie they sent (null: a first visit).</summary>
    public static ReaderVisit VisitAt(VisitCookie? cookie, DateTime now) => cookie is null
        ? ReaderVisit.First(now)
        : new ReaderVisit(now - cookie.LastSeen > NewVisitAfter ? cookie.Top : cookie.SeenUpTo, now);

    /// <summary>The cookie after a page of this visit showed articles up to <paramref name="latestId"/>.</summary>
    public static VisitCookie After(ReaderVisit visit, int latestId)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new VisitCookie(visit.SeenUpTo ?? latestId, latestId, visit.Now);
    }

    public string Format() =>
        string.Create(CultureInfo.InvariantCulture, $"{SeenUpTo}.{Top}.{new DateTimeOffset(DateTime.SpecifyKind(LastSeen, DateTimeKind.Utc)).ToUnixTimeSeconds()}");
}
