using JjjMatch.BuildingBlocks.Auth;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Matching.Engine.Matches;

public static class MatchEndpoints
{
    /// <summary>The suggestions and their explanations.</summary>
    public static void MapMatchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Owners of the listings, brokers and the operator; the handlers decide which of them may see what.
        var matches = endpoints.MapGroup("/api/matches").WithTags("Matches").RequireAuthorization(Policies.Member);
        matches
            .MapGet("/", async ([AsParameters] ListMatches query, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(query, ct))
            )
            .WithSummary("Suggested matches of a demand or an achievement, best first / 匹配建议");
        matches
            .MapGet("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetMatch(id), ct))
            )
            .WithSummary("One match with its explanation / 匹配解释");
    }
}
