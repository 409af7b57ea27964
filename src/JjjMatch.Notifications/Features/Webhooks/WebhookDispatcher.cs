using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JjjMatch.Notifications.Features.Webhooks;

/// <summary>
/// Sends due deliveries: leases a batch (one dispatcher per row across replicas), sends them side by side, and records
/// each outcome. A success clears the endpoint's failing streak; a 410 disables the endpoint at once; any other
/// failure is retried (<see cref="RetrySchedule"/>) until the retry window has passed, then the delivery is dead; an
/// endpoint failing for <see cref="WebhookOptions.DisableAfter"/> is disabled. A disabled endpoint's owner is told.
/// </summary>
public sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    WebhookSignal signal,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger
) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly string holder = Holder();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await DispatchBatchAsync(settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A database hiccup: leased rows come back when their lease ends.
                LogBatchFailed(logger, exception);
            }

            if (sent == 0)
            {
                try
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <returns>How many deliveries were attempted.</returns>
    public async Task<int> DispatchBatchAsync(WebhookOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db
            .WebhookDeliveries.Where(d =>
                d.Status == WebhookDelivery.Pending
                && d.NextAttemptAt <= now
                && (d.LeasedUntil == null || d.LeasedUntil < now)
                && db.WebhookEndpoints.Any(e => e.Id == d.EndpointId && e.Enabled)
            )
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var until = now + Lease;
        await db
            .WebhookDeliveries.Where(d => due.Contains(d.Id) && (d.LeasedUntil == null || d.LeasedUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.LeasedUntil, until).SetProperty(d => d.LeasedBy, holder),
                cancellationToken
            );
        var leased = await db
            .WebhookDeliveries.Where(d => due.Contains(d.Id) && d.LeasedBy == holder && d.LeasedUntil == until)
            .ToListAsync(cancellationToken);
        var endpointIds = leased.Select(d => d.EndpointId).Distinct().ToList();
        var endpoints = await db
            .WebhookEndpoints.Where(e => endpointIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var sender = scope.ServiceProvider.GetRequiredService<WebhookSender>();
        using var gate = new SemaphoreSlim(settings.Concurrency);
        var attempts = await Task.WhenAll(
            leased.Select(async delivery =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    return (
                        delivery,
                        await sender.SendAsync(
                            endpoints[delivery.EndpointId],
                            delivery.MessageId,
                            delivery.Body,
                            cancellationToken
                        )
                    );
                }
                finally
                {
                    gate.Release();
                }
            })
        );

        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var finished = time.GetUtcNow().UtcDateTime;
        foreach (var (delivery, attempt) in attempts)
        {
            await RecordAsync(
                settings,
                endpoints[delivery.EndpointId],
                delivery,
                attempt,
                finished,
                notifier,
                cancellationToken
            );
        }

        await db.SaveChangesAsync(cancellationToken);
        notifier.WakeDispatcherIfQueued();
        return leased.Count;
    }

    private static async Task RecordAsync(
        WebhookOptions settings,
        WebhookEndpoint endpoint,
        WebhookDelivery delivery,
        WebhookAttempt attempt,
        DateTime now,
        Notifier notifier,
        CancellationToken cancellationToken
    )
    {
        delivery.Attempts++;
        delivery.LastAttemptAt = now;
        delivery.LastStatusCode = attempt.StatusCode;
        delivery.LastResponse = attempt.Response;
        delivery.LastError = attempt.Error;
        delivery.LeasedUntil = null;
        delivery.LeasedBy = null;
        if (attempt.Succeeded)
        {
            delivery.Status = WebhookDelivery.Delivered;
            delivery.DeliveredAt = now;
            endpoint.FailingSince = null;
            return;
        }

        endpoint.FailingSince ??= now;
        if (attempt.StatusCode == 410)
        {
            delivery.Status = WebhookDelivery.Dead;
            await DisableAsync(endpoint, "The receiver answered 410 Gone", now, notifier, cancellationToken);
            return;
        }

        if (now - delivery.CreatedAt >= settings.RetryFor)
        {
            delivery.Status = WebhookDelivery.Dead;
        }
        else
        {
            delivery.NextAttemptAt =
                now + RetrySchedule.Delay(settings, delivery.Attempts, attempt.RetryAfter, Random.Shared);
        }

        if (now - endpoint.FailingSince >= settings.DisableAfter)
        {
            await DisableAsync(
                endpoint,
                $"Deliveries failed for {settings.DisableAfter.TotalHours:0} hours",
                now,
                notifier,
                cancellationToken
            );
        }
    }

    private static async Task DisableAsync(
        WebhookEndpoint endpoint,
        string reason,
        DateTime now,
        Notifier notifier,
        CancellationToken cancellationToken
    )
    {
        if (!endpoint.Enabled)
        {
            return;
        }

        endpoint.Enabled = false;
        endpoint.DisabledAt = now;
        endpoint.DisabledReason = reason;
        endpoint.Version++;
        await notifier.NotifyAsync(
            endpoint.OrganisationId,
            NotificationTypes.WebhookDisabled,
            $"webhook-disabled:{endpoint.Id}:{now.Ticks}",
            new NotificationSubject(),
            new
            {
                EndpointId = endpoint.Id,
                endpoint.Url,
                Reason = reason,
            },
            cancellationToken
        );
    }

    private static string Holder()
    {
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return holder.Length <= 64 ? holder : holder[^64..];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook dispatch round failed; trying again")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}
