using JjjMatch.BuildingBlocks.Health;
using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.BuildingBlocks.Settings;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JjjMatch.BuildingBlocks.Messaging;

public static class BusRegistration
{
    public static IServiceCollection AddServiceBus(
        this IServiceCollection services,
        IConfiguration configuration,
        IReadOnlyList<IServiceModule> modules
    )
    {
        services.AddSettings<BusOptions>(configuration, BusOptions.Section);
        var options = configuration.GetSettings<BusOptions>(BusOptions.Section);
        var rabbitMq = RabbitMqAddress(options);

        services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = options.WaitUntilStarted;
            host.StartTimeout = TimeSpan.FromSeconds(60);
        });
        if (options.ConcurrentConsumers < 0)
        {
            throw new SettingException(
                "Bus:ConcurrentConsumers must be 0 (half the processor count) or more, "
                    + $"not {options.ConcurrentConsumers}."
            );
        }

        if (options.ConsumersYieldFor < TimeSpan.Zero)
        {
            throw new SettingException($"Bus:ConsumersYieldFor must be zero or more, not {options.ConsumersYieldFor}.");
        }

        services.AddSingleton<ConsumerGate>();
        services.AddSingleton<CallersInFlight>();
        services.TryAddSingleton(TimeProvider.System);
        AddHealthChecks(services, options);
        services.AddMassTransit(bus =>
        {
            // The bus's own check (its receive endpoints) joins readiness, but an outage of the broker only degrades
            // the service: writes still go into its outbox.
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "bus";
                health.MinimalFailureStatus = HealthStatus.Degraded;
                health.Tags.Add(HealthTags.Ready);
            });
            foreach (var module in modules)
            {
                module.AddConsumers(bus);
            }

            if (options.Transport == BusTransport.RabbitMq)
            {
                bus.UsingRabbitMq(
                    (context, rabbit) =>
                    {
                        rabbit.Host(rabbitMq!);
                        rabbit.UseConsumeFilter(typeof(CorrelationConsumeFilter<>), context);
                        rabbit.UseConsumeFilter(typeof(ConsumerGateFilter<>), context);
                        rabbit.ConfigureEndpoints(context);
                    }
                );
            }
            else
            {
                bus.UsingInMemory(
                    (context, memory) =>
                    {
                        memory.UseConsumeFilter(typeof(CorrelationConsumeFilter<>), context);
                        memory.UseConsumeFilter(typeof(ConsumerGateFilter<>), context);
                        memory.ConfigureEndpoints(context);
                    }
                );
            }
        });
        return services;
    }

    /// <summary>
    /// Checked here, not when the bus starts, so that a bad address stops start-up naming the setting.
    /// </summary>
    private static Uri? RabbitMqAddress(BusOptions options)
    {
        if (options.Transport != BusTransport.RabbitMq)
        {
            return null;
        }

        // The message leaves the address out: it may hold the broker's password.
        return
            Uri.TryCreate(options.RabbitMqUri, UriKind.Absolute, out var uri)
            && uri.Scheme is "amqp" or "amqps"
            && uri.Host.Length > 0
            ? uri
            : throw new SettingException(
                "Bus:RabbitMqUri must be an amqp:// or amqps:// address such as "
                    + "amqp://user:password@rabbitmq.example.internal:5672/."
            );
    }

    private static void AddHealthChecks(IServiceCollection services, BusOptions options)
    {
        if (options.Transport != BusTransport.RabbitMq)
        {
            return;
        }

        services.AddSingleton(new BrokerConnection(new Uri(options.RabbitMqUri)));
        services
            .AddHealthChecks()
            .AddRabbitMQ(
                provider => provider.GetRequiredService<BrokerConnection>().GetAsync(CancellationToken.None),
                name: "broker",
                failureStatus: HealthStatus.Degraded,
                tags: [HealthTags.Ready],
                timeout: TimeSpan.FromSeconds(5)
            );
    }
}
