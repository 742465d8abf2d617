namespace NewsReader.Sources.Feeds;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 +0200", "2003-06-10T02:00:00")]
    [InlineData("10 Jun 2003 04:00 EST", "2003-06-10T09:00:00")]
    [InlineData("Mon, 4 June 2018 09:15:00 -0700", "2018-06-04T16:15:00")]
    [InlineData("Sat, 07 Sep 02 00:00:01 GMT", "2002-09-07T00:00:01")]
    [InlineData("2003-12-13T18:30:02+01:00", "2003-12-13T17:30:02")]
    [InlineData("2003-12-13T18:30:02Z", "2003-12-13T18:30:02")]
    [InlineData("2006-01-17T12:35:8+01:00", "2006-01-17T11:35:08")]
    [InlineData("2003-12-13", "2003-12-13T00:00:00")]
    [InlineData("2003-12-13T18:30:02.250-05:00", "2003-12-13T23:30:02")]
    [InlineData("Fri, 11 Mar 2016 01:15:00 +3000", "2016-03-09T19:15:00")]
    public void Rss_and_atom_dates_are_read_to_utc_respecting_their_offset(string value, string expected)
    {
        var parsed = FeedDates.Parse(value);

        parsed.Should().Be(DateTime.SpecifyKind(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));
        parsed!.Value.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2003-13-40")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    public void What_is_not_a_date_is_no_date(string? value) => FeedDates.Parse(value).Should().BeNull();
}
