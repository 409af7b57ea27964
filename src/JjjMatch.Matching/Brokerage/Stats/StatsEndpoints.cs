using JjjMatch.BuildingBlocks.Auth;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Matching.Brokerage.Stats;

public static class StatsEndpoints
{
    /// <summary>Platform-wide figures, so the operator's alone (definitions: docs/deals-and-statistics.md).</summary>
    public static void MapStatsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var stats = endpoints.MapGroup("/api/stats").WithTags("Statistics").RequireAuthorization(Policies.Operator);
        stats
            .MapGet("/funnel", async ([AsParameters] GetFunnel q, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(q, ct))
            )
            .WithSummary("Suggested → claimed → accepted → deal, with conversion rates / 对接漏斗");
        stats
            .MapGet("/review-time", async ([AsParameters] GetReviewTime q, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(q, ct))
            )
            .WithSummary("Median hours from suggestion to the broker's decision / 审核时长中位数");
        stats
            .MapGet("/acceptance", async ([AsParameters] GetAcceptance q, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(q, ct))
            )
            .WithSummary("Accepted / decided, by industry / 各行业对接率");
        stats
            .MapGet("/contract-value", async ([AsParameters] GetContractValue q, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(q, ct))
            )
            .WithSummary("Contract value by region pair, e.g. 北京→河北 / 跨区域技术合同成交额");
    }
}
