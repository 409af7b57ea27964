using JjjMatch.BuildingBlocks.Mediation;
using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Demands.Features;
using JjjMatch.Demands.Features.Expiry;
using JjjMatch.Demands.Features.Introductions;
using JjjMatch.Demands.Features.Standing;
using JjjMatch.Demands.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Demands;

/// <summary>
/// Enterprises publish technical problems as open lists (揭榜挂帅) here, and solvers apply to take them up.
/// </summary>
public sealed class DemandsModule : IServiceModule
{
    public string Name => "demands";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceDatabase<DemandsDbContext>(configuration, "Demands");
        services.AddMediationFrom(typeof(DemandsModule).Assembly);
        services.AddSettings<DemandExpiryOptions>(configuration, DemandExpiryOptions.Section);
        services.AddHostedService<DemandExpiryWorker>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<MatchAcceptedConsumer, ServiceConsumerDefinition<MatchAcceptedConsumer>>();
        bus.AddConsumer<OrganisationStandingConsumer, ServiceConsumerDefinition<OrganisationStandingConsumer>>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDemandEndpoints();
}
