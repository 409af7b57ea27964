using System.Reflection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JjjMatch.BuildingBlocks.Health;

/// <summary>
/// The liveness check: healthy whenever the process can answer. Dependencies stay out of it on purpose: restarting
/// the process does not bring a database or the broker back, so an outage there must not get it restarted.
/// </summary>
internal sealed class ProcessHealthCheck(IReadOnlyList<string> services, TimeProvider time) : IHealthCheck
{
    private readonly DateTimeOffset startedAt = time.GetUtcNow();

    private static readonly string Version = Assembly
        .GetEntryAssembly()
        ?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
        ?.InformationalVersion
        ?? "unknown";

    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    ) =>
        Task.FromResult(
            HealthCheckResult.Healthy(
                "The process answers.",
                new Dictionary<string, object>
                {
                    ["services"] = string.Join(',', services),
                    ["version"] = Version,
                    ["startedAt"] = startedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    ["uptimeSeconds"] = Math.Round((time.GetUtcNow() - startedAt).TotalSeconds),
                }
            )
        );
}
