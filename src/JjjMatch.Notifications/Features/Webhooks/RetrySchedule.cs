namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>
/// When a failed delivery is tried again: the first delay doubled per attempt up to the cap, each drawn at random
/// between half and all of it (jitter, so receivers coming back are not hit by every sender at once), and never before
/// the receiver's <c>Retry-After</c> (itself capped at the retry window).
/// </summary>
public static class RetrySchedule
{
    public static TimeSpan Delay(WebhookOptions options, int attempts, TimeSpan? retryAfter, Random random)
    {
        var exponent = Math.Min(attempts - 1, 30);
        var full = Math.Min(
            options.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, exponent),
            options.MaxRetryDelay.TotalMilliseconds
        );
        var delay = TimeSpan.FromMilliseconds(full * (0.5 + (random.NextDouble() * 0.5)));
        if (retryAfter is { } asked && asked > delay)
        {
            delay = asked < options.RetryFor ? asked : options.RetryFor;
        }

        return delay;
    }
}
