using JjjMatch.Testing;
using MassTransit;

namespace JjjMatch.Messaging.Tests;

/// <summary>A bare MassTransit bus on the test's virtual host, for sending exactly the messages a test needs.</summary>
public sealed class TestProducer(IBusControl bus) : IAsyncDisposable
{
    public static async Task<TestProducer> ConnectAsync(RabbitMqTestBroker broker)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(broker.Uri)));
        await bus.StartAsync();
        return new TestProducer(bus);
    }

    public Task PublishAsync<T>(T message)
        where T : class, JjjMatch.Contracts.IIntegrationEvent =>
        bus.Publish(message, context => context.MessageId = message.EventId);

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
