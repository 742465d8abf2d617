using System.Globalization;
using NewsReader.Entities;

namespace NewsReader.Web.Rendering;

/// <summary>One bar of a <see cref="TimelineChart"/>, placed in the chart's own units.</summary>
public sealed record ChartBar(double X, double Y, double Width, double Height, string Label, int Articles);

/// <summary>
/// An entity's <see cref="MentionTimeline"/> laid out as a small bar chart for <c>_MentionChart</c> to draw as SVG on
/// the server: no script, and the same picture in every browser.
/// </summary>
public sealed record TimelineChart(IReadOnlyList<ChartBar> Bars, string FirstLabel, string LastLabel, int Peak, string Summary)
{
    public const double Width = 600;

    public const double Height = 80;

    /// <summary>Room under the bars for the first and last step's labels.</summary>
    public const double LabelHeight = 16;

    public static TimelineChart? Of(MentionTimeline timeline, string name)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.Bars.Count == 0)
        {
            return null;
        }

        var slot = Width / timeline.Bars.Count;
        var gap = slot > 4 ? 1 : 0;
        var peak = Math.Max(1, timeline.Peak);
        var bars = timeline.Bars.Select((bar, i) =>
        {
            var height = bar.Articles == 0 ? 0 : Math.Max(1.5, Height * bar.Articles / peak);
            return new ChartBar(i * slot, Height - height, slot - gap, height, Label(bar.Start, timeline.Step), bar.Articles);
        }).ToList();
        var busiest = timeline.Bars.MaxBy(b => b.Articles)!;
        var per = timeline.Step switch { TimelineStep.Day => "day", TimelineStep.Month => "month", _ => "year" };
        var summary = $"Articles naming {name} by {per}, {bars[0].Label} to {bars[^1].Label}: most in {Label(busiest.Start, timeline.Step)} ({Count(busiest.Articles)})"
            + (timeline.Undated > 0 ? $"; {Count(timeline.Undated)} without a date" : "") + ".";
        return new TimelineChart(bars, bars[0].Label, bars[^1].Label, timeline.Peak, summary);
    }

    public static string Label(DateOnly start, TimelineStep step) => start.ToString(
        step switch { TimelineStep.Day => "d MMM yyyy", TimelineStep.Month => "MMM yyyy", _ => "yyyy" }, CultureInfo.InvariantCulture);

    private static string Count(int articles) => articles == 1 ? "1 article" : $"{articles.ToString("N0", CultureInfo.InvariantCulture)} articles";
}
