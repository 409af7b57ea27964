using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Engine;

public static class MatcherStatusEndpoint
{
    public static void MapMatcherStatusEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints
            .MapGet("/api/matching/status", async (MatchingDbContext db, CancellationToken ct) =>
                TypedResults.Ok(
                    new MatcherStatus(
                        ActiveAchievements: await db.Achievements.CountAsync(a => a.IsActive, ct),
                        OpenDemands: await db.Demands.CountAsync(d => d.IsOpen, ct),
                        EventsApplied: await db.MarketEvents.CountAsync(ct),
                        PendingSuggestions: await db.Matches.CountAsync(m => m.Status == MatchStatus.Suggested, ct)
                    )
                )
            )
            .WithTags("Matches")
            .WithSummary("What the matcher currently knows of the market");
}

/// <summary>Counts of the matcher's own copy of the market: what it can suggest from.</summary>
public sealed record MatcherStatus(int ActiveAchievements, int OpenDemands, int EventsApplied, int PendingSuggestions);
