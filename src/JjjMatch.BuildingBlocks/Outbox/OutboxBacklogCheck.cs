using System.Globalization;
using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JjjMatch.BuildingBlocks.Outbox;

/// <summary>
/// Readiness entry for one service's outbox: the unsent rows and the age of the oldest. A backlog past
/// <see cref="OutboxOptions.DegradedBacklog"/> or <see cref="OutboxOptions.DegradedAge"/> is Degraded, never
/// Unhealthy: the service still takes writes, they only reach the other services late.
/// </summary>
internal sealed class OutboxBacklogCheck<TContext>(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider time
) : IHealthCheck
    where TContext : ServiceDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var unsent = db.OutboxMessages.Where(m => m.SentAt == null);
        var count = await unsent.CountAsync(cancellationToken);
        var oldest = count == 0 ? (DateTime?)null : await unsent.MinAsync(m => m.OccurredAt, cancellationToken);
        var age = oldest is null ? TimeSpan.Zero : time.GetUtcNow().UtcDateTime - oldest.Value;

        var settings = options.Value;
        var data = new Dictionary<string, object>
        {
            ["unsent"] = count,
            ["oldestUnsentAgeSeconds"] = Math.Round(Math.Max(0, age.TotalSeconds), 1),
            ["degradedBacklog"] = settings.DegradedBacklog,
            ["degradedAgeSeconds"] = settings.DegradedAge.TotalSeconds,
        };
        var tooMany = settings.DegradedBacklog > 0 && count > settings.DegradedBacklog;
        var tooOld = settings.DegradedAge > TimeSpan.Zero && age > settings.DegradedAge;
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"{count} unsent, the oldest {data["oldestUnsentAgeSeconds"]} s old"
        );
        return tooMany || tooOld
            ? HealthCheckResult.Degraded(description + "; events reach the other services late", data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
