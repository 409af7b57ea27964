using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.BuildingBlocks.Health;

public static class HealthRegistration
{
    /// <summary>
    /// The health checks every process has; each service adds its own (database, outbox, index) and the bus its
    /// broker, all tagged <see cref="HealthTags.Ready"/>.
    /// </summary>
    public static IHealthChecksBuilder AddPlatformHealthChecks(
        this IServiceCollection services,
        IReadOnlyList<string> hostedServices
    ) =>
        services
            .AddHealthChecks()
            .AddCheck("process", new ProcessHealthCheck(hostedServices, TimeProvider.System), tags: [HealthTags.Live]);
}
