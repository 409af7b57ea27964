using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JjjMatch.Demands.Features.Expiry;

/// <summary>
/// Runs <see cref="ExpireDueDemands"/> at start and then every interval. Until it has run, requests already treat a
/// demand
/// past its deadline as expired; the worker makes that stored and tells the other services (DemandClosed, reason
/// Expired).
/// </summary>
internal sealed class DemandExpiryWorker(
    IServiceScopeFactory scopes,
    IOptions<DemandExpiryOptions> options,
    TimeProvider time,
    ILogger<DemandExpiryWorker> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            await ExpireDueAsync(interval, stoppingToken);
            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ExpireDueAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var expired = await scope
                .ServiceProvider.GetRequiredService<IMediator>()
                .Send(new ExpireDueDemands(), stoppingToken);
            if (expired > 0)
            {
                logger.LogInformation("Expired {Count} demands whose deadline had passed", expired);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // A concurrent award or a database hiccup: the next round finds whatever is still due.
            logger.LogWarning(exception, "Expiring due demands failed; trying again in {Interval}", interval);
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }
}
