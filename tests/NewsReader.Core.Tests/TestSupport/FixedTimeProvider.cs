namespace NewsReader.TestSupport;

/// <summary>A clock that reads the same instant every time, so stored times are predictable, until a test moves it on.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
