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
        using var host = await StartAsync(probe, ("Bus:ConcurrentConsumers", $"{limit}"));
        var bus = host.Services.GetRequiredService<IBus>();
        for (var i = 0; i < 4; i++)
        {
            await bus.Publish(new ProbeMessage(i));
        }

        // Three consumers each take the four messages: twelve deliveries.
        await probe.Delivered(12).WaitAsync(TimeSpan.FromSeconds(30));
        probe.MostAtOnce.ShouldBe(limit);
        await host.StopAsync();
    }

    [Fact]
    public async Task Messages_wait_while_a_caller_is_answered()
    {
        var probe = new ConcurrencyProbe();
        using var host = await StartAsync(probe, ("Bus:ConsumersYieldFor", "00:05:00"));
        var callers = host.Services.GetRequiredService<CallersInFlight>();
        callers.Enter();
        try
        {
            await host.Services.GetRequiredService<IBus>().Publish(new ProbeMessage(1));
            await Task.Delay(500);
            probe.Started.ShouldBe(0);
        }
        finally
        {
            callers.Leave();
        }

        await probe.Delivered(3).WaitAsync(TimeSpan.FromSeconds(30));
        await host.StopAsync();
    }

    [Fact]
    public async Task With_no_yield_messages_are_consumed_while_callers_wait()
    {
        var probe = new ConcurrencyProbe();
        using var host = await StartAsync(probe, ("Bus:ConsumersYieldFor", "00:00:00"));
        var callers = host.Services.GetRequiredService<CallersInFlight>();
        callers.Enter();
        await host.Services.GetRequiredService<IBus>().Publish(new ProbeMessage(1));

        await probe.Delivered(3).WaitAsync(TimeSpan.FromSeconds(30));
        callers.Leave();
        await host.StopAsync();
    }

    private static async Task<Microsoft.Extensions.Hosting.IHost> StartAsync(
        ConcurrencyProbe probe,
        params (string Key, string Value)[] settings
    )
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddSingleton(probe);
        builder.Services.AddServiceBus(builder.Configuration, [new ProbeModule()]);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public sealed record ProbeMessage(int N);

    public sealed class ConcurrencyProbe
    {
        private int running;
        private int started;
        private int done;

        public int MostAtOnce { get; private set; }

        public int Started => Volatile.Read(ref started);

        public async Task Delivered(int count)
        {
            while (Volatile.Read(ref done) < count)
            {
                await Task.Delay(20);
            }
        }

        public async Task ConsumeAsync()
        {
            Interlocked.Increment(ref started);
            var now = Interlocked.Increment(ref running);
            lock (this)
            {
                MostAtOnce = Math.Max(MostAtOnce, now);
            }

            await Task.Delay(50);
            Interlocked.Decrement(ref running);
            Interlocked.Increment(ref done);
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
