using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>Readiness: the matcher cannot search or index while its cluster does not answer.</summary>
public sealed class ElasticsearchHealthCheck(ElasticsearchListingIndex index) : IHealthCheck
{
    public const string Name = "elasticsearch";

    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    ) =>
        await index.PingAsync(cancellationToken) is { } problem
            ? new HealthCheckResult(context.Registration.FailureStatus, problem)
            : HealthCheckResult.Healthy("Elasticsearch answers.");
}
