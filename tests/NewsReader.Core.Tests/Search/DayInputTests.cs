namespace NewsReader.Search;

public sealed class DayInputTests
{
    [Theory]
    [InlineData("2024-04-03")]
    [InlineData("2024-4-3")]
    [InlineData("3 Apr 2024")]
    [InlineData(" 3  april 2024 ")]
    [InlineData("3 Apr, 2024")]
    [InlineData("April 3, 2024")]
    [InlineData("Apr 3 2024")]
    public void A_day_as_pages_print_it_as_the_standard_writes_it_or_month_first_is_read(string typed)
    {
        DayInput.TryParse(typed, out var day).Should().BeTrue();
        day.Should().Be(new DateOnly(2024, 4, 3));
        DayInput.Print(day!.Value).Should().Be("3 Apr 2024");
    }

    [Theory]
    [InlineData("03/04/2024")]
    [InlineData("4/3/2024")]
    [InlineData("2024-02-30")]
    [InlineData("next week")]
    public void A_day_that_is_ambiguous_impossible_or_not_a_day_is_not_read(string typed) =>
        DayInput.TryParse(typed, out _).Should().BeFalse();

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_blank_day_is_no_day(string? typed)
    {
        DayInput.TryParse(typed, out var day).Should().BeTrue();
        day.Should().BeNull();
    }

    [Fact]
    public void September_is_read_in_its_common_four_letter_short_form() =>
        DayInput.TryParse("Sept 9 2024", out _).Should().BeTrue();
}
