namespace NewsReader.Web.CommandLine;

/// <summary>A one-line bar redrawn in place on a terminal: "[#####-----] 120/400".</summary>
/// <remarks>A total that proves too low (a feed holds more articles than its one file) grows with the count.</remarks>
internal sealed class ProgressBar(TextWriter terminal, int total) : IDisposable
{
    private const int Width = 30;
    private int _done;
    private int _total = total;

    public void Advance()
    {
        _done++;
        _total = Math.Max(_total, _done);
        var filled = _done * Width / _total;
        terminal.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {_done}/{_total}");
        terminal.Flush();
    }

    /// <summary>Wipes the bar so a normal line can be written where it stood.</summary>
    public void Clear()
    {
        terminal.Write("\r" + new string(' ', Width + 24) + "\r");
        terminal.Flush();
    }

    public void Dispose() => Clear();
}
