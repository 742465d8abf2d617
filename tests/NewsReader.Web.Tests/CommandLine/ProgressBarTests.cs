namespace NewsReader.Web.CommandLine;

public sealed class ProgressBarTests
{
    [Fact]
    public void The_bar_redraws_in_place_and_clears_itself()
    {
        using var terminal = new StringWriter();
        using (var bar = new ProgressBar(terminal, total: 4))
        {
            bar.Advance();
            bar.Advance();
            terminal.ToString().Should().EndWith("\r[" + new string('#', 15) + new string('-', 15) + "] 2/4");
        }

        terminal.ToString().Should().EndWith("\r", "disposing wipes the bar and returns to the line start");
    }
}
