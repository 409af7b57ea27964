using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Matching.Engine.Matches;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Matching.Brokerage.Review;

/// <summary>
/// The brokers' workbench (经纪人工作台): the queue, the review steps, the audit trail and the posters' feedback.
/// </summary>
public static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints
            .MapGet("/api/review/queue", async ([AsParameters] ReviewQueue query, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(query, ct))
            )
            .WithTags("Review")
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary("Pending suggestions in the broker's regions and industries, best first / 审核队列");

        // Only brokers decide; the handlers add coverage (403) and who holds the claim (409).
        var steps = endpoints
            .MapGroup("/api/matches/{id:guid}")
            .WithTags("Review")
            .RequireAuthorization(Policies.Intermediary);
        steps
            .MapPost("/claim", (Guid id, HttpRequest request, IMediator m, CancellationToken ct) =>
                Send(new ClaimMatch(id, IfMatch.Version(request)), m, ct)
            )
            .WithSummary("Claim a suggestion for review; optional If-Match: \"version\" / 认领");
        steps
            .MapPost("/release", (Guid id, HttpRequest request, IMediator m, CancellationToken ct) =>
                Send(new ReleaseMatch(id, IfMatch.Version(request)), m, ct)
            )
            .WithSummary("Give a claimed match back to the queue / 释放");
        steps
            .MapPost("/accept", (Guid id, HttpRequest request, IMediator m, CancellationToken ct) =>
                Send(new AcceptMatch(id, IfMatch.Version(request)), m, ct)
            )
            .WithSummary("Make the introduction: both sides see each other's contacts / 撮合（引荐）");
        steps
            .MapPost(
                "/reject",
                (Guid id, RejectMatchInput? body, HttpRequest request, IMediator m, CancellationToken ct) =>
                    Send(new RejectMatch(id, IfMatch.Version(request), body ?? new RejectMatchInput(null, null)), m, ct)
            )
            .WithSummary("Turn the pair down with a reason the posters see / 驳回");

        var reads = endpoints.MapGroup("/api/matches").WithTags("Review").RequireAuthorization(Policies.Member);
        reads
            .MapGet("/{id:guid}/history", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetMatchHistory(id), ct))
            )
            .WithSummary("A match's audit trail: brokers, the operator and the two owners / 审核记录");
        reads
            .MapGet("/feedback", async ([AsParameters] ListMatchFeedback query, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(query, ct))
            )
            .WithSummary("Broker decisions on the caller's own listings, newest first / 对接反馈");
    }

    private static async Task<IResult> Send(IRequest<MatchResponse> step, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(step, ct));
}
