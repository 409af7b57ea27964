namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>Configuration section "Notifications:Webhooks" (docs/notifications.md).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Notifications:Webhooks";

    /// <summary>
    /// Whether URLs may name loopback or private addresses (and plain http). Unset: only on the embedded default, so a
    /// developer can point it at a local receiver; the fault tests set it on loopback in the production shape.
    /// </summary>
    public bool? AllowPrivateTargets { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The first retry's delay; each later one doubles, with jitter, up to <see cref="MaxRetryDelay"/>.
    /// </summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How long a delivery is retried before it is dead.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(25);

    /// <summary>An endpoint whose deliveries have failed for this long is disabled and its owner notified.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a rotated-out secret keeps signing beside the new one.</summary>
    public TimeSpan SecretGrace { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Deliveries sent at once by one dispatcher.</summary>
    public int Concurrency { get; set; } = 32;

    public int BatchSize { get; set; } = 200;
}
