namespace NewsReader.Entities;

/// <summary>The step of a <see cref="MentionTimeline"/>: days for a few weeks of news, months for a few years, else years.</summary>
public enum TimelineStep
{
    Day,
    Month,
    Year,
}

/// <summary>How many of the counted articles were published in the step starting on <see cref="Start"/>.</summary>
public sealed record TimelineBar(DateOnly Start, int Articles);

/// <summary>
/// When an entity was in the news: its articles counted by day, month or year of publication, every step between the
/// first and the last shown (quiet ones as zero), with how many articles had no date. Counted over
/// <see cref="Counted"/> articles, all of them or the most recently stored (<see cref="EntityProfile.DateOrderedUpTo"/>).
/// </summary>
public sealed record MentionTimeline(TimelineStep Step, IReadOnlyList<TimelineBar> Bars, int Undated, int Counted)
{
    /// <summary>The most days shown one by one; a longer span goes by months.</summary>
    public const int MaxDays = 62;

    /// <summary>The most months shown one by one; a longer span goes by years.</summary>
    public const int MaxMonths = 48;

    public static MentionTimeline Empty { get; } = new(TimelineStep.Day, [], 0, 0);

    /// <summary>The most articles in one step.</summary>
    public int Peak => Bars.Count == 0 ? 0 : Bars.Max(b => b.Articles);

    /// <summary>The timeline of articles published on <paramref name="published"/> (null: undated).</summary>
    public static MentionTimeline Of(IReadOnlyCollection<DateTime?> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        var days = published.OfType<DateTime>().Select(DateOnly.FromDateTime).ToList();
        var undated = published.Count - days.Count;
        if (days.Count == 0)
        {
            return new MentionTimeline(TimelineStep.Day, [], undated, published.Count);
        }

        var (first, last) = (days.Min(), days.Max());
        var step = last.DayNumber - first.DayNumber < MaxDays ? TimelineStep.Day
            : ((last.Year - first.Year) * 12) + last.Month - first.Month < MaxMonths ? TimelineStep.Month
            : TimelineStep.Year;
        var counts = days.GroupBy(d => StartOf(d, step)).ToDictionary(g => g.Key, g => g.Count());
        var bars = new List<TimelineBar>();
        for (var at = StartOf(first, step); at <= last; at = Next(at, step))
        {
            bars.Add(new TimelineBar(at, counts.GetValueOrDefault(at)));
        }

        return new MentionTimeline(step, bars, undated, published.Count);
    }

    private static DateOnly StartOf(DateOnly day, TimelineStep step) => step switch
    {
        TimelineStep.Day => day,
        TimelineStep.Month => new DateOnly(day.Year, day.Month, 1),
        _ => new DateOnly(day.Year, 1, 1),
    };

    private static DateOnly Next(DateOnly start, TimelineStep step) => step switch
    {
        TimelineStep.Day => start.AddDays(1),
        TimelineStep.Month => start.AddMonths(1),
        _ => start.AddYears(1),
    };
}
