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

    /// <summary>How long a publish may take while the broker works before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the first publish after a failure may take: while the broker is down each retry is a short probe, so
    /// the outbox publishes again within seconds of its return.
    /// </summary>
    public TimeSpan RetryPublishTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Cap of the delay between retries (250 ms doubling) while publishing fails.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a dispatcher holds the rows it claimed: longer than a batch takes to publish, since another instance
    /// takes over rows whose lease ran out; a dispatcher that died holds its batch this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Readiness says Degraded once more rows than this wait unsent; 0 turns the count off.</summary>
    public int DegradedBacklog { get; set; } = 1000;

    /// <summary>Readiness says Degraded once the oldest unsent row is older than this; zero turns it off.</summary>
    public TimeSpan DegradedAge { get; set; } = TimeSpan.FromMinutes(5);
}
