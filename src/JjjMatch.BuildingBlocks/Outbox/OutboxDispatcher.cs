using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JjjMatch.BuildingBlocks.Outbox;

/// <summary>
/// Publishes a service's outbox to the bus in write order. Each instance of the service runs one; a batch is leased to
/// one of them (<see cref="OutboxLeases"/>), so replicas publish each row once. A failed publish stops the batch and
/// gives its unsent rows back, and is retried with growing delays until the broker is back; rows are only marked sent
/// after the broker took them, so a crash can repeat an event (consumers are idempotent) but never lose one.
/// Two dispatchers publish their batches side by side, so across batches rows of one listing may reach the broker out
/// of write order: listing events carry their listing's version, which consumers order by (docs/decisions/0008).
/// Like the consumers, it steps aside while the process answers callers (<see cref="CallersInFlight"/>).
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal<TContext> signal,
    CallersInFlight callers,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger
) : BackgroundService
    where TContext : ServiceDbContext
{
    private static readonly KeyValuePair<string, object?> Database = new("database", typeof(TContext).Name);

    private readonly string holder = OutboxLeases.NewHolder();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await callers.PauseAsync(stoppingToken);
                var published = await PublishPendingAsync(settings, recovering: failures > 0, stoppingToken);
                if (failures > 0)
                {
                    logger.LogInformation(
                        "Outbox of {Context}: publishing again after {Failures} failed attempts",
                        typeof(TContext).Name,
                        failures
                    );
                    failures = 0;
                }

                if (published < settings.BatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var delay = RetryDelay(failures, settings.MaxRetryDelay);
                // Retries come every few seconds while the broker is down: the first failure and every tenth are told.
                logger.Log(
                    failures == 1 || failures % 10 == 0 ? LogLevel.Warning : LogLevel.Debug,
                    exception,
                    "Outbox of {Context}: publish failed ({Failures} in a row); retrying in {Delay}",
                    typeof(TContext).Name,
                    failures,
                    delay
                );
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    /// <param name="recovering">
    /// The last round failed: the first publish is a probe with <see cref="OutboxOptions.RetryPublishTimeout"/>, not
    /// left waiting in the bus's own reconnect delays (3 s growing to 30 s for RabbitMQ) when a new attempt would
    /// connect at once.
    /// </param>
    private async Task<int> PublishPendingAsync(
        OutboxOptions settings,
        bool recovering,
        CancellationToken stoppingToken
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var claimedAt = time.GetUtcNow();
        var batch = await db.ClaimAsync(
            holder,
            settings.BatchSize,
            claimedAt.UtcDateTime,
            settings.LeaseDuration,
            stoppingToken
        );

        try
        {
            foreach (var message in batch)
            {
                if (time.GetUtcNow() - claimedAt > settings.LeaseDuration / 2)
                {
                    // A slow broker: the rest is given back before the lease could run out under another instance.
                    break;
                }

                var (integrationEvent, type) = IntegrationEventSerializer.FromOutboxMessage(message);
                using var span = OutboxTracing.StartPublish(message);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(
                    recovering && settings.RetryPublishTimeout < settings.PublishTimeout
                        ? settings.RetryPublishTimeout
                        : settings.PublishTimeout
                );
                try
                {
                    await bus.Publish(
                        integrationEvent,
                        type,
                        context =>
                        {
                            context.MessageId = message.EventId;
                            if (message.CorrelationId is { } correlationId)
                            {
                                context.Headers.Set(Correlation.Header, correlationId);
                            }
                        },
                        timeout.Token
                    );
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    message.Attempts++;
                    message.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
                    throw;
                }

                message.SentAt = time.GetUtcNow().UtcDateTime;
                JjjMetrics.OutboxPublished.Add(1, Database);
                recovering = false;
            }
        }
        finally
        {
            if (batch.Count > 0)
            {
                // Sent rows keep LeasedBy: who published them. Unsent ones are given back at once, for this
                // dispatcher's next round or another instance whose broker connection works.
                foreach (var message in batch)
                {
                    message.LeasedUntil = null;
                    message.LeasedBy = message.SentAt is null ? null : message.LeasedBy;
                }

                await db.SaveChangesAsync(CancellationToken.None);
            }

            await ReportBacklogAsync(db);
        }

        return batch.Count;
    }

    private async Task ReportBacklogAsync(TContext db)
    {
        var pending = db.OutboxMessages.Where(m => m.SentAt == null);
        var count = await pending.CountAsync();
        // Null when another instance sent the last rows in between.
        var oldest = count == 0 ? null : await pending.MinAsync(m => (DateTime?)m.OccurredAt);
        JjjMetrics.ReportBacklog(
            typeof(TContext).Name,
            count,
            oldest is null ? 0 : (time.GetUtcNow().UtcDateTime - oldest.Value).TotalSeconds
        );
    }

    private static TimeSpan RetryDelay(int failures, TimeSpan max) =>
        TimeSpan.FromMilliseconds(Math.Min(max.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures - 1, 10))));
}
