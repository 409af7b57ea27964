using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Modules;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Messaging.Tests;

/// <summary>
/// Bus:ConcurrentConsumers bounds how many messages the whole process consumes at once, over all its consumers
/// (each consumer alone already takes one message at a time).
/// </summary>
public sealed class ConsumerGateTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task No_more_messages_are_consumed_at_once_than_the_setting_allows(int limit)
    {
        var probe = new ConcurrencyProbe();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Bus:ConcurrentConsumers"] = $"{limit}" }
        );
        builder.Services.AddSingleton(probe);
        builder.Services.AddServiceBus(builder.Configuration, [new ProbeModule()]);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            for (var i = 0; i < 4; i++)
            {
                await bus.Publish(new ProbeMessage(i));
            }

            // Three consumers each take the four messages: twelve deliveries.
            await probe.AllDone.Task.WaitAsync(TimeSpan.FromSeconds(30));
            probe.MostAtOnce.ShouldBe(limit);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public sealed record ProbeMessage(int N);

    public sealed class ConcurrencyProbe
    {
        private int running;
        private int done;

        public int MostAtOnce { get; private set; }

        public TaskCompletionSource AllDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task ConsumeAsync()
        {
            var now = Interlocked.Increment(ref running);
            lock (this)
            {
                MostAtOnce = Math.Max(MostAtOnce, now);
            }

            await Task.Delay(50);
            Interlocked.Decrement(ref running);
            if (Interlocked.Increment(ref done) == 12)
            {
                AllDone.SetResult();
            }
        }
    }

    public sealed class FirstConsumer(ConcurrencyProbe probe) : IConsumer<ProbeMessage>
    {
        public Task Consume(ConsumeContext<ProbeMessage> context) => probe.ConsumeAsync();
    }

    public sealed class SecondConsumer(ConcurrencyProbe probe) : IConsumer<ProbeMessage>
    {
        public Task Consume(ConsumeContext<ProbeMessage> context) => probe.ConsumeAsync();
    }

    public sealed class ThirdConsumer(ConcurrencyProbe probe) : IConsumer<ProbeMessage>
    {
        public Task Consume(ConsumeContext<ProbeMessage> context) => probe.ConsumeAsync();
    }

    private sealed class ProbeModule : IServiceModule
    {
        public string Name => "probe";

        public void AddServices(IServiceCollection services, IConfiguration configuration) { }

        public void AddConsumers(IBusRegistrationConfigurator bus)
        {
            bus.AddConsumer<FirstConsumer, ServiceConsumerDefinition<FirstConsumer>>();
            bus.AddConsumer<SecondConsumer, ServiceConsumerDefinition<SecondConsumer>>();
            bus.AddConsumer<ThirdConsumer, ServiceConsumerDefinition<ThirdConsumer>>();
        }

        public void MapEndpoints(IEndpointRouteBuilder endpoints) { }
    }
}
