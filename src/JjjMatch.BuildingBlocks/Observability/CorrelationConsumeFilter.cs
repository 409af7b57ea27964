using MassTransit;
using Microsoft.Extensions.Logging;

namespace JjjMatch.BuildingBlocks.Observability;

/// <summary>Continues the producer's correlation id in the consumer, and counts consumer failures.</summary>
public sealed class CorrelationConsumeFilter<T>(ILogger<CorrelationConsumeFilter<T>> logger)
    : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var id = context.Headers.Get<string>(Correlation.Header) ?? context.MessageId?.ToString();
        using (Correlation.Begin(logger, id))
        {
            try
            {
                await next.Send(context);
            }
            catch
            {
                JjjMetrics.ConsumerFailures.Add(1, new KeyValuePair<string, object?>("message", typeof(T).Name));
                throw;
            }
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("correlation");
}
