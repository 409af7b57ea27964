using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.BuildingBlocks.Observability;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.BuildingBlocks.Messaging;

public static class BusRegistration
{
    public static IServiceCollection AddServiceBus(
        this IServiceCollection services,
        IConfiguration configuration,
        IReadOnlyList<IServiceModule> modules
    )
    {
        var section = configuration.GetSection(BusOptions.Section);
        services.Configure<BusOptions>(section);
        var options = section.Get<BusOptions>() ?? new BusOptions();

        services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = options.WaitUntilStarted;
            host.StartTimeout = TimeSpan.FromSeconds(60);
        });
        services.AddMassTransit(bus =>
        {
            foreach (var module in modules)
            {
                module.AddConsumers(bus);
            }

            if (options.Transport == BusTransport.RabbitMq)
            {
                bus.UsingRabbitMq(
                    (context, rabbit) =>
                    {
                        rabbit.Host(new Uri(options.RabbitMqUri));
                        rabbit.UseConsumeFilter(typeof(CorrelationConsumeFilter<>), context);
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
                        memory.ConfigureEndpoints(context);
                    }
                );
            }
        });
        return services;
    }
}
