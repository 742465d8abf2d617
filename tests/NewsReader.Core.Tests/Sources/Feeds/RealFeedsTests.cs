using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using NewsReader.TestSupport;

namespace NewsReader.Sources.Feeds;

/// <summary>
/// The 289 real feeds of ../shared/data/feeds, loaded as `ingest` loads a file and read by the feed reader it uses,
/// against what Python's feedparser reads from each (feedparser-reference.json): files refused whole, item counts,
/// and each item's title, link (absolute, xml:base applied) and date (published, else updated, in UTC).
/// </summary>
public sealed partial class RealFeedsTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public async Task Real_feeds_are_read_as_feedparser_reads_them()
    {
        var folder = Path.Combine(RepositoryPaths.Shared!, "data", "feeds");
        using var referenceFile = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "feedparser-reference.json")));
        var scores = new FeedScores();
        foreach (var feed in referenceFile.RootElement.EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var document = await SourceFile.LoadAsync(Path.Combine(folder, "feeds", feed.Name), source: null, CancellationToken.None);
            var reference = feed.Value.GetProperty("entries").EnumerateArray().ToList();
            if (document.Value is null || SourceReader.Read(document.Value) is [{ Result.Succeeded: false } only] && only.Source == document.Value.Source)
            {
                scores.Refused.Add($"{feed.Name}: {document.Error ?? SourceReader.Read(document.Value!)[0].Result.Error}");
                continue;
            }

            var entries = FeedReader.Read(document.Value.Content).Entries;
            scores.Read++;
            if (entries.Count == reference.Count)
            {
                scores.SameCount++;
            }
            else
            {
                scores.Notes.Add($"{feed.Name}: {entries.Count} items, feedparser {reference.Count}");
            }

            var raw = System.Text.Encoding.UTF8.GetString(document.Value.Content);
            for (var i = 0; i < Math.Min(entries.Count, reference.Count); i++)
            {
                scores.Compare(feed.Name, raw, i, entries[i], reference[i]);
            }
        }

        output.WriteLine(scores.Report());
        scores.Refused.Count.Should().BeLessThanOrEqualTo(2, string.Join("\n", scores.Refused));
        scores.CountAgreement.Should().BeGreaterThanOrEqualTo(0.99);
        scores.Titles.Rate.Should().BeGreaterThanOrEqualTo(0.99);
        scores.Links.Rate.Should().BeGreaterThanOrEqualTo(0.99);
        scores.Dates.Rate.Should().BeGreaterThanOrEqualTo(0.99);
    }

    private sealed class Agreement
    {
        public int Same { get; set; }

        public int Compared { get; set; }

        public double Rate => Compared == 0 ? 1 : (double)Same / Compared;

        public override string ToString() => $"{Rate:F3} ({Same}/{Compared})";
    }

    private sealed partial class FeedScores
    {
        public List<string> Refused { get; } = [];

        public List<string> Notes { get; } = [];

        public int Read { get; set; }

        public int SameCount { get; set; }

        public double CountAgreement => Read == 0 ? 0 : (double)SameCount / Read;

        public Agreement Titles { get; } = new();

        public Agreement Links { get; } = new();

        public Agreement Dates { get; } = new();

        /// <summary>References feedparser gave that are no web address (a tag: or urn: id, a relative link made file:///), not compared.</summary>
        public int NotWebAddresses { get; set; }

        /// <summary>Titles whose mojibake is in the file itself, which feedparser repaired: set aside.</summary>
        public int MojibakeInFile { get; set; }

        public void Compare(string feed, string raw, int index, FeedEntry entry, JsonElement reference)
        {
            var title = Normalized(reference.GetProperty("title").GetString());
            var ours = Normalized(entry.Title);
            if (ours is not null && title is not null && ours != title && AsciiSkeleton(ours) == AsciiSkeleton(title) && HoldsMojibake().IsMatch(raw))
            {
                MojibakeInFile++;
            }
            else
            {
                Check(Titles, feed, index, "title", ours, title);
            }

            if (reference.GetProperty("link").GetString() is { } link)
            {
                if (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                {
                    Check(Links, feed, index, "link", entry.Link?.AbsoluteUri, uri.AbsoluteUri);
                }
                else
                {
                    NotWebAddresses++;
                }
            }

            var date = reference.GetProperty("published").GetString() ?? reference.GetProperty("updated").GetString();
            if (date is not null)
            {
                Check(Dates, feed, index, "date", entry.Published?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), date);
            }
        }

        /// <summary>A title's ASCII characters alone, white space collapsed: what mojibake leaves as it was.</summary>
        private static string AsciiSkeleton(string text) =>
            Whitespace().Replace(new string(text.Where(c => c < 128).ToArray()), " ").Trim();

        /// <summary>UTF-8 that was read as windows-1252 and written out as UTF-8 again ("Ã©" for "é", "Â" before a no-break space).</summary>
        [GeneratedRegex("[ÂÃ][\u0080-\u00BF]")]
        private static partial Regex HoldsMojibake();

        public string Report() =>
            $"""
            feeds: {Read + Refused.Count}, refused whole {Refused.Count}, same item count as feedparser {CountAgreement:F3} ({SameCount}/{Read})
            titles {Titles} ({MojibakeInFile} with mojibake in the file set aside), links {Links} ({NotWebAddresses} references no web address, not compared), dates {Dates}
            refused:
              {string.Join("\n  ", Refused)}
            differences:
              {string.Join("\n  ", Notes)}
            """;

        private void Check(Agreement agreement, string feed, int index, string what, string? ours, string? theirs)
        {
            agreement.Compared++;
            if (string.Equals(ours, theirs, StringComparison.Ordinal))
            {
                agreement.Same++;
            }
            else
            {
                Notes.Add($"{feed} #{index + 1} {what}: ours «{ours}», feedparser «{theirs}»");
            }
        }

        /// <summary>A title as a reader sees it: tags out, character references decoded, white space collapsed.</summary>
        private static string? Normalized(string? title) =>
            title is null ? null : Whitespace().Replace(System.Net.WebUtility.HtmlDecode(Tag().Replace(title, " ")), " ").Trim() is { Length: > 0 } text ? text : null;

        [GeneratedRegex("<[^<>]+>")]
        private static partial Regex Tag();

        [GeneratedRegex(@"\s+")]
        private static partial Regex Whitespace();
    }
}
