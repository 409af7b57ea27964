namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>The SSRF rule as configured for this process: private targets only where allowed.</summary>
public sealed class WebhookTargetPolicy(bool allowPrivate)
{
    public bool AllowPrivate => allowPrivate;

    public string? Refusal(string? url) => WebhookTargets.Refusal(url, allowPrivate);
}
