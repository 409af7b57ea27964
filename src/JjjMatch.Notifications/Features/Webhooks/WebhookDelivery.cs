namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>
/// One message to one endpoint and its attempts. <see cref="MessageId"/> is the <c>webhook-id</c> header: the same for
/// every retry and replay, so a receiver deduplicates on it.
/// </summary>
public sealed class WebhookDelivery
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Dead = "dead";

    public Guid Id { get; init; }

    public Guid EndpointId { get; init; }

    public Guid OrganisationId { get; init; }

    public required string MessageId { get; init; }

    public required string Type { get; init; }

    public required string Body { get; init; }

    public string Status { get; set; } = Pending;

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public int? LastStatusCode { get; set; }

    /// <summary>The receiver's answer, cut to <see cref="WebhookLimits.StoredResponseBytes"/>.</summary>
    public string? LastResponse { get; set; }

    public string? LastError { get; set; }

    public DateTime? LeasedUntil { get; set; }

    public string? LeasedBy { get; set; }
}
