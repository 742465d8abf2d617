namespace NewsReader.TestSupport;

/// <summary>A clock that reads the same instant every time, so stored times are predictable.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
