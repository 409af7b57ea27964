namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>An endpoint as its owner sees it; the secret only when it is handed out (create, rotate).</summary>
public sealed record WebhookEndpointResponse(
    Guid Id,
    string Url,
    IReadOnlyList<string> Types,
    bool Enabled,
    string? DisabledReason,
    DateTime? DisabledAt,
    DateTime? FailingSince,
    DateTime CreatedAt,
    string? Secret,
    DateTime? PreviousSecretValidUntil
)
{
    public static WebhookEndpointResponse From(WebhookEndpoint e, bool withSecret = false) =>
        new(
            e.Id,
            e.Url,
            e.Types,
            e.Enabled,
            e.DisabledReason,
            e.DisabledAt,
            e.FailingSince,
            e.CreatedAt,
            withSecret ? e.Secret : null,
            e.PreviousSecret is null ? null : e.PreviousSecretUntil
        );
}

public sealed record WebhookDeliveryResponse(
    Guid Id,
    string MessageId,
    string Type,
    string Status,
    int Attempts,
    DateTime CreatedAt,
    DateTime? NextAttemptAt,
    DateTime? LastAttemptAt,
    DateTime? DeliveredAt,
    int? LastStatusCode,
    string? LastResponse,
    string? LastError
)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d) =>
        new(
            d.Id,
            d.MessageId,
            d.Type,
            d.Status,
            d.Attempts,
            d.CreatedAt,
            d.Status == WebhookDelivery.Pending ? d.NextAttemptAt : null,
            d.LastAttemptAt,
            d.DeliveredAt,
            d.LastStatusCode,
            d.LastResponse,
            d.LastError
        );
}
