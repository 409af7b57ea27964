using JjjMatch.Achievements.Features;
using JjjMatch.Achievements.Features.Introductions;
using JjjMatch.Achievements.Features.Standing;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Mediation;
using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Achievements;

/// <summary>Universities and institutes post their research results here.</summary>
public sealed class AchievementsModule : IServiceModule
{
    public string Name => "achievements";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceDatabase<AchievementsDbContext>(configuration, "Achievements");
        services.AddMediationFrom(typeof(AchievementsModule).Assembly);
        services.AddSingleton<Features.Get.AchievementById>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<MatchAcceptedConsumer, ServiceConsumerDefinition<MatchAcceptedConsumer>>();
        bus.AddConsumer<OrganisationStandingConsumer, ServiceConsumerDefinition<OrganisationStandingConsumer>>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAchievementEndpoints();
}
