namespace NewsReader.Web.CommandLine;

/// <summary>Where a command reads and writes: the process's console, or buffers in tests.</summary>
public sealed class CommandConsole(Stream outStream, TextWriter error, bool isTerminal, TextReader? input = null)
{
    private readonly Lazy<StreamWriter> _out = new(() => new StreamWriter(outStream, leaveOpen: true) { AutoFlush = true });

    /// <summary>Standard output as bytes, for JSON written straight to it.</summary>
    public Stream OutStream { get; } = outStream;

    /// <summary>Standard output as text.</summary>
    public TextWriter Out => _out.Value;

    public TextWriter Error { get; } = error;

    /// <summary>Standard input; empty unless given.</summary>
    public TextReader In { get; } = input ?? TextReader.Null;

    /// <summary>True when a person types at standard input, so a secret can be read without echo.</summary>
    public bool IsInteractiveInput { get; private init; }

    /// <summary>True when standard output is a terminal a person watches, not a pipe or a file.</summary>
    public bool IsTerminal { get; } = isTerminal;

    public static CommandConsole FromProcess() =>
        new(Console.OpenStandardOutput(), Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected, Console.In)
        {
            IsInteractiveInput = !Console.IsInputRedirected,
        };
}
