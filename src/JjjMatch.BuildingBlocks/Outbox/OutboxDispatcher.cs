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
/// Publishes a service's outbox to the bus in write order. A failed publish stops the batch, so nothing
/// overtakes it, and is retried with growing delays until the broker is back; rows are only marked sent
/// after the broker took them, so a crash can repeat an event (consumers are idempotent) but never lose one.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal<TContext> signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger
) : BackgroundService
    where TContext : ServiceDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await PublishPendingAsync(settings, stoppingToken);
                if (failures > 0)
                {
                    logger.LogInformation(
                        "Outbox of {Context}: publishing again " + "after {Failures} failed attempts",
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
                logger.LogWarning(
                    exception,
                    "Outbox of {Context}: publish failed ({Failures} " + "in a row); retrying in {Delay}",
                    typeof(TContext).Name,
                    failures,
                    delay
                );
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    private async Task<int> PublishPendingAsync(OutboxOptions settings, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var batch = await db
            .OutboxMessages.Where(m => m.SentAt == null)
            .OrderBy(m => m.Sequence)
            .Take(settings.BatchSize)
            .ToListAsync(stoppingToken);

        try
        {
            foreach (var message in batch)
            {
                var (integrationEvent, type) = IntegrationEventSerializer.FromOutboxMessage(message);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(settings.PublishTimeout);
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
            }
        }
        finally
        {
            if (batch.Count > 0)
            {
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
        var oldest = count == 0 ? (DateTime?)null : await pending.MinAsync(m => m.OccurredAt);
        JjjMetrics.ReportBacklog(
            typeof(TContext).Name,
            count,
            oldest is null ? 0 : (time.GetUtcNow().UtcDateTime - oldest.Value).TotalSeconds
        );
    }

    private static TimeSpan RetryDelay(int failures, TimeSpan max) =>
        TimeSpan.FromMilliseconds(Math.Min(max.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures - 1, 10))));
}
