using JjjMatch.BuildingBlocks.Auth;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Matching.Brokerage.Deals;

public static class DealEndpoints
{
    /// <summary>Deals: recorded by brokers and the operator, read by their parties.</summary>
    public static void MapDealEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints
            .MapPost("/api/matches/{id:guid}/deals", Record)
            .WithTags("Deals")
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary("Record the technology contract signed on an accepted match / 登记技术合同成交");

        var deals = endpoints.MapGroup("/api/deals").WithTags("Deals");
        deals
            .MapGet("/", async ([AsParameters] ListDeals query, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(query, ct))
            )
            .RequireAuthorization(Policies.Member)
            .WithSummary("The caller's deals (all for the operator), newest signing first / 成交列表");
        deals
            .MapGet("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetDeal(id), ct))
            )
            .RequireAuthorization(Policies.Member)
            .WithSummary("One deal, for its two parties, its broker and the operator / 成交详情");
        deals
            .MapGet("/export", Export)
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary(
                "Deals for technology-contract registration, CSV (UTF-8 with BOM) or JSON / 技术合同认定登记导出"
            );
    }

    private static async Task<Created<DealResponse>> Record(
        Guid id,
        DealInput body,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var deal = await mediator.Send(new RecordDeal(id, body), ct);
        return TypedResults.Created($"/api/deals/{deal.Id}", deal);
    }

    private static async Task<IResult> Export(
        [AsParameters] ExportDeals query,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var rows = await mediator.Send(query, ct);
        var name = $"jjjmatch-deals-{query.From ?? "start"}-{query.To ?? "today"}";
        return query.IsJson
            ? TypedResults.Ok(rows)
            : TypedResults.File(DealCsv.Write(rows), "text/csv; charset=utf-8", name + ".csv");
    }
}
