namespace JjjMatch.Notifications.Features.Webhooks;

public static class WebhookLimits
{
    /// <summary>What is kept of a receiver's answer: enough to debug, never a store for someone else's data.</summary>
    public const int StoredResponseBytes = 1024;

    public const int UrlLength = 2000;
}
