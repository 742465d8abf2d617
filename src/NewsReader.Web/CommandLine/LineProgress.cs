namespace NewsReader.Web.CommandLine;

/// <summary>A command's progress lines, reported on the thread that has them, in order; Progress&lt;T&gt; would post to the thread pool.</summary>
internal sealed class LineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
