using HealthChecks.UI.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.BuildingBlocks.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (each dependency), both as JSON: the overall
    /// status and one entry per check with its status, description and data. Healthy and Degraded answer 200,
    /// Unhealthy 503.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", Options(HealthTags.Live));
        endpoints.MapHealthChecks("/health/ready", Options(HealthTags.Ready));
        return endpoints;
    }

    private static HealthCheckOptions Options(string tag) =>
        new()
        {
            Predicate = check => check.Tags.Contains(tag),
            ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse,
        };
}
