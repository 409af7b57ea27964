using JjjMatch.Contracts.Demands;
using MassTransit;

namespace JjjMatch.Bench.Speed.EndToEnd;

/// <summary>
/// How the benchmark opens a demand. The demands service is not on main yet, so the one implementation publishes
/// the <see cref="DemandOpened"/> contract onto the bus as that service would; once POST /api/demands and
/// POST /api/demands/{id}/open exist, an implementation that calls them belongs here and nothing else changes.
/// </summary>
public interface IDemandOpener
{
    string Description { get; }

    Task OpenAsync(DemandSnapshot demand, CancellationToken cancellationToken);
}

public sealed class BusDemandOpener(IPublishEndpoint bus) : IDemandOpener
{
    public string Description => "DemandOpened published on the bus";

    public Task OpenAsync(DemandSnapshot demand, CancellationToken cancellationToken)
    {
        var opened = new DemandOpened(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "demands", demand);
        return bus.Publish(opened, context => context.MessageId = opened.EventId, cancellationToken);
    }
}
