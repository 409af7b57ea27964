namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>
/// An organisation's receiver URL and its signing secret (a rotated secret signs too, until its grace ends).
/// </summary>
public sealed class WebhookEndpoint
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Url { get; set; }

    /// <summary>The notification types sent here; empty sends every type.</summary>
    public List<string> Types { get; set; } = [];

    /// <summary>The secret as handed out: <c>whsec_</c> and the base64 of the key.</summary>
    public required string Secret { get; set; }

    public string? PreviousSecret { get; set; }

    public DateTime? PreviousSecretUntil { get; set; }

    public bool Enabled { get; set; }

    public string? DisabledReason { get; set; }

    public DateTime? DisabledAt { get; set; }

    /// <summary>When the current run of failed attempts began; null while deliveries succeed.</summary>
    public DateTime? FailingSince { get; set; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }
}
