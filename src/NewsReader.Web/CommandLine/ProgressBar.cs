namespace NewsReader.Web.CommandLine;

/// <summary>A one-line bar redrawn in place on a terminal: "[#####-----] 120/400".</summary>
internal sealed class ProgressBar(TextWriter terminal, int total) : IDisposable
{
    private const int Width = 30;
    private int _done;

    public void Advance()
    {
        _done++;
        var filled = total == 0 ? Width : _done * Width / total;
        terminal.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {_done}/{total}");
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
