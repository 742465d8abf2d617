namespace NewsReader.Sources.PlainText;

public sealed class PageDateTests
{
    [Theory]
    [InlineData("March 27, 2024", "2024-03-27")]
    [InlineData("Updated Apr 13, 2024 - World", "2024-04-13")]
    [InlineData("Wednesday, March 27, 2024", "2024-03-27")]
    [InlineData("3 Apr 2024", "2024-04-03")]
    [InlineData("12:05 pm on 3 April 2024", "2024-04-03")]
    [InlineData("Sept. 9th, 2023 |", "2023-09-09")]
    [InlineData("By Jane Roe Mar 25, 2024 | 1:56 PM", "2024-03-25")]
    [InlineData("Published 2024-03-27 08:00", "2024-03-27")]
    [InlineData("3/18/2024", "2024-03-18")]
    [InlineData("18/3/2024", "2024-03-18")]
    public void A_short_line_that_dates_the_page_gives_the_date(string line, string expected) =>
        PageDate.Shown([line]).Should().Be(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal));

    [Theory]
    [InlineData("4/3/2024")] // April 3 or 4 March: not guessed
    [InlineData("February 30, 2024")]
    [InlineData("13/14/2024")]
    [InlineData("Share this article")]
    public void A_line_whose_date_is_not_plain_gives_none(string line) =>
        PageDate.Shown([line]).Should().BeNull();

    [Fact]
    public void A_date_in_a_caption_or_a_sentence_is_what_it_reports_not_when_it_was_published()
    {
        PageDate.Shown([
            "Volunteers stack sandbags along the river in Hollis on May 2, 2024, as the water keeps rising",
            "The flood of March 3, 2021 was the last.",
        ]).Should().BeNull();
    }

    [Fact]
    public void The_first_date_above_the_story_counts() =>
        PageDate.Shown(["Jane Roe", "May 7, 2024", "Updated May 8, 2024"]).Should().Be(new DateTime(2024, 5, 7, 0, 0, 0, DateTimeKind.Utc));
}
