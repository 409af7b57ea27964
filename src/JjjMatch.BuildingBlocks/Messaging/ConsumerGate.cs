using MassTransit;
using Microsoft.Extensions.Options;

namespace JjjMatch.BuildingBlocks.Messaging;

/// <summary>
/// How many messages this process consumes at once, over all its consumers
/// (<see cref="BusOptions.ConcurrentConsumers"/>).
/// Consumers are background work (copying, indexing, scoring, notifying): when one process hosts several services, a
/// burst of writes would otherwise set every consumer to work on every core at once and the callers waiting for their
/// answers would share the cores with them. The work is not lost, only queued (docs/operations.md). A consumer that
/// has its slot also waits while callers are being answered, up to <see cref="BusOptions.ConsumersYieldFor"/>.
/// </summary>
public sealed class ConsumerGate(IOptions<BusOptions> options, CallersInFlight callers) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.EffectiveConcurrentConsumers);

    public async Task EnterAsync(CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            await callers.PauseAsync(cancellationToken);
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    public void Leave() => slots.Release();

    public void Dispose() => slots.Dispose();
}

/// <summary>Holds each consumed message to a slot of the process's <see cref="ConsumerGate"/>.</summary>
public sealed class ConsumerGateFilter<T>(ConsumerGate gate) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        await gate.EnterAsync(context.CancellationToken);
        try
        {
            await next.Send(context);
        }
        finally
        {
            gate.Leave();
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("consumer-gate");
}
