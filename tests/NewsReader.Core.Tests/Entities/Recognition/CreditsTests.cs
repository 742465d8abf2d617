namespace NewsReader.Entities.Recognition;

/// <summary>Picture credits, written here in the forms outlets use; the names in them are not the story's.</summary>
public sealed class CreditsTests
{
    [Theory]
    [InlineData("Crews clear the harbour on Tuesday. (Ana Lima/AP)", "(Ana Lima/AP)")]
    [InlineData("Crews clear the harbour. (Ana Lima/AFP via Getty Images)\nThe council met later.", "(Ana Lima/AFP via Getty Images)")]
    [InlineData("Crews clear the harbour.(Reuters: Ana Lima/Pool) The council met later.", "(Reuters: Ana Lima/Pool)")]
    [InlineData("The mayor visits the harbour. Credit: Harbour Gazette", "Credit: Harbour Gazette")]
    [InlineData("Top photo from Harbour Gazette/Facebook.", "Top photo from Harbour Gazette/Facebook")]
    [InlineData("Crews at the harbour, Getty Images.", "Getty Images")]
    public void Credits_are_found(string text, string credit)
    {
        var spans = Credits.Spans(text).Select(s => text[s.Start..s.End]).ToList();

        spans.Should().Contain(credit);
    }

    [Theory]
    [InlineData("The plan (backed by the council and the port) passed on Tuesday.")]
    [InlineData("Exports and/or imports (in euros/dollars) rose in May.")]
    [InlineData("Ana Lima told AP that the harbour would reopen.")]
    [InlineData("Lisbon, (HWN - Harbor Wire / Lakeside Daily News - 20th May, 2024) The president was confirmed dead.")]
    public void Reporting_is_not_a_credit(string text) => Credits.Spans(text).Should().BeEmpty();
}
