namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>
/// Wakes the webhook dispatcher when deliveries were committed, instead of waiting for its next poll.
/// </summary>
public sealed class WebhookSignal : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Dispose() => wake.Dispose();

    public void Wake()
    {
        try
        {
            if (wake.CurrentCount == 0)
            {
                wake.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Another writer woke it in between; once is enough.
        }
        catch (ObjectDisposedException)
        {
            // Stopping: the deliveries wait for the next start or another instance.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        wake.WaitAsync(timeout, cancellationToken);
}
