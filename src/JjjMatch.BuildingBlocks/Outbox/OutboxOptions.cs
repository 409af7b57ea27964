namespace JjjMatch.BuildingBlocks.Outbox;

/// <summary>Configuration section "Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long the dispatcher sleeps when nothing wakes it; a write in the same process wakes it at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Readiness says Degraded once more rows than this wait unsent; 0 turns the count off.</summary>
    public int DegradedBacklog { get; set; } = 1000;

    /// <summary>Readiness says Degraded once the oldest unsent row is older than this; zero turns it off.</summary>
    public TimeSpan DegradedAge { get; set; } = TimeSpan.FromMinutes(5);
}
