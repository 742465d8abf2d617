namespace NewsReader.Web.Startup;

/// <summary>Whether the seed articles are still being added, so the home page can say so instead of looking empty.</summary>
public sealed class SeedingProgress
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _running;

    public bool IsRunning => _running;

    /// <summary>Completes when start-up seeding has finished, or found nothing to do.</summary>
    public Task Done => _done.Task;

    internal void Started() => _running = true;

    internal void Finished()
    {
        _running = false;
        _done.TrySetResult();
    }
}
