namespace JjjMatch.Testing;

/// <summary>
/// A clock that stands still until a test moves it, written when Microsoft.Extensions.TimeProvider.Testing did not
/// restore here (10.x does in the registry list of 2026-12-01). Only "now" is controlled: timers and delays made
/// through it still run on real time.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref utcTicks, by.Ticks);
    }
}
