using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Matching.Consumers;
using JjjMatch.Matching.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Matching;

/// <summary>Keeps its own copy of both sides of the market, indexes them and suggests matches.</summary>
public sealed class MatchingModule : IServiceModule
{
    public string Name => "matching";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddServiceDatabase<MatchingDbContext>(configuration, "Matching");

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AchievementEventsConsumer, ServiceConsumerDefinition<AchievementEventsConsumer>>();
        bus.AddConsumer<DemandEventsConsumer, ServiceConsumerDefinition<DemandEventsConsumer>>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/matching/status", async (MatchingDbContext db, CancellationToken ct) => TypedResults.Ok(new
        {
            ActiveAchievements = await db.Achievements.CountAsync(a => a.IsActive, ct),
            OpenDemands = await db.Demands.CountAsync(d => d.IsOpen, ct),
            EventsApplied = await db.MarketEvents.CountAsync(ct),
        })).WithTags("Matching").WithSummary("What the matcher currently knows of the market");
}
