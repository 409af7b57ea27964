using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Messaging.Tests;

/// <summary>Counts what the buses it watches handed to the broker, per message id (an outbox row's event id).</summary>
public sealed class PublishCounter : IPublishObserver
{
    private readonly ConcurrentDictionary<Guid, int> counts = new();

    public IReadOnlyDictionary<Guid, int> Counts => counts;

    /// <summary>
    /// Watches the bus of a host about to start: <c>cluster.Host(service, services: counter.Watch)</c>.
    /// </summary>
    public void Watch(IServiceCollection services) => services.AddPublishObserver(_ => this);

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        counts.AddOrUpdate(context.MessageId!.Value, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
