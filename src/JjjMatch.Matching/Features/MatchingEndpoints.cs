using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Matching.Features.Deals;
using JjjMatch.Matching.Features.Matches;
using JjjMatch.Matching.Features.Review;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Features;

public static class MatchingEndpoints
{
    public static void MapMatchingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Owners of the listings, brokers and the operator; the handlers decide which of them may see what.
        var matches = endpoints.MapGroup("/api/matches").WithTags("Matches").RequireAuthorization(Policies.Member);
        matches.MapGet("/", async ([AsParameters] ListMatches query, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(query, ct)))
            .WithSummary("Suggested matches of a demand or an achievement, best first / 匹配建议");
        matches.MapGet("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetMatch(id), ct)))
            .WithSummary("One match with its explanation / 匹配解释");

        endpoints.MapReviewEndpoints();

        endpoints.MapGet("/api/matching/status", async (MatchingDbContext db, CancellationToken ct) => TypedResults.Ok(new
        {
            ActiveAchievements = await db.Achievements.CountAsync(a => a.IsActive, ct),
            OpenDemands = await db.Demands.CountAsync(d => d.IsOpen, ct),
            EventsApplied = await db.MarketEvents.CountAsync(ct),
            PendingSuggestions = await db.Matches.CountAsync(m => m.Status == JjjMatch.Matching.Matches.MatchStatus.Suggested, ct),
        })).WithTags("Matches").WithSummary("What the matcher currently knows of the market");
        endpoints.MapDealEndpoints();
    }
}
