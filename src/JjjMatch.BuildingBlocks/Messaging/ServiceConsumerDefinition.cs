using MassTransit;
using Microsoft.Extensions.Options;

namespace JjjMatch.BuildingBlocks.Messaging;

/// <summary>
/// Every consumer gets its own queue named after its service and type, a bounded retry, and then the
/// error queue, so one bad message never stops the rest. One message at a time keeps each queue in order.
/// </summary>
public sealed class ServiceConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly int retryLimit;

    public ServiceConsumerDefinition(IOptions<BusOptions> options)
    {
        retryLimit = options.Value.RetryLimit;
        var service = typeof(TConsumer).Namespace!.Split('.')[1].ToLowerInvariant();
        EndpointName = $"{service}-{KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>()}";
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context
    )
    {
        endpointConfigurator.UseMessageRetry(retry =>
            retry.Intervals(
                Enumerable.Range(1, retryLimit).Select(attempt => TimeSpan.FromMilliseconds(100 * attempt)).ToArray()
            )
        );
    }
}
