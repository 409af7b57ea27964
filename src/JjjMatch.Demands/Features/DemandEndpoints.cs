using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Demands.Features.Applications;
using JjjMatch.Demands.Features.Create;
using JjjMatch.Demands.Features.Get;
using JjjMatch.Demands.Features.Lifecycle;
using JjjMatch.Demands.Features.List;
using JjjMatch.Demands.Features.Mine;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Features.Update;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Demands.Features;

public static class DemandEndpoints
{
    public static void MapDemandEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/demands").WithTags("Demands");
        // Demands are enterprises'; the handlers add that only the owning organisation changes its own (and the
        // applicant its application).
        var writes = group.MapGroup("/").RequireAuthorization(Policies.Enterprise);
        writes.MapPost("/", CreateDraft).WithSummary("Create a draft demand (open list) / 新建揭榜挂帅需求草稿");
        writes
            .MapPut("/{id:guid}", Update)
            .WithSummary("Replace a draft or open demand's details; optional If-Match: \"version\"");
        writes
            .MapPost("/{id:guid}/open", (Guid id, IMediator m, CancellationToken ct) =>
                Change(id, DemandTransition.Open, m, ct)
            )
            .WithSummary("Open a draft for applications; its deadline must be in the future / 发榜");
        writes
            .MapPost("/{id:guid}/close", (Guid id, IMediator m, CancellationToken ct) =>
                Change(id, DemandTransition.Close, m, ct)
            )
            .WithSummary("Close an open or awarded demand / 关闭");
        group
            .MapGet("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetDemand(id), ct))
            )
            .WithSummary(
                "One demand, without its contact (and without the enterprise name while anonymous); a draft "
                    + "only for its owner"
            );
        group
            .MapGet("/mine", async ([AsParameters] ListMyDemands query, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(query, ct))
            )
            .RequireAuthorization(Policies.Member)
            .WithSummary("The caller's own demands, any status, with the enterprise name and contact / 我的需求");
        group
            .MapGet("/", async ([AsParameters] ListDemands query, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(query, ct))
            )
            .WithSummary("Filter, sort and page demands (open by default)");

        var applications = group.MapGroup("/{id:guid}/applications").WithTags("Demand applications");
        applications
            .MapPost("/", Apply)
            .RequireAuthorization(Policies.Solver)
            .WithSummary("Apply to an open demand with a proposal / 揭榜");
        applications
            .MapGet("/", async ([AsParameters] ListApplications query, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(query, ct))
            )
            .RequireAuthorization(Policies.Member)
            .WithSummary("The demand's applications, oldest first, for its enterprise");
        applications
            .MapGet("/{applicationId:guid}", async (Guid id, Guid applicationId, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetApplication(id, applicationId), ct))
            )
            .RequireAuthorization(Policies.Member)
            .WithSummary("One application of the demand, for its enterprise or the applicant");
        applications
            .MapPost(
                "/{applicationId:guid}/withdraw",
                async (Guid id, Guid applicationId, IMediator m, CancellationToken ct) =>
                    TypedResults.Ok(await m.Send(new WithdrawApplication(id, applicationId), ct))
            )
            .RequireAuthorization(Policies.Solver)
            .WithSummary("The applicant withdraws its live application / 撤回申请");
        applications
            .MapPost(
                "/{applicationId:guid}/award",
                async (Guid id, Guid applicationId, IMediator m, CancellationToken ct) =>
                    TypedResults.Ok(await m.Send(new AwardApplication(id, applicationId), ct))
            )
            .RequireAuthorization(Policies.Enterprise)
            .WithSummary("Award the demand to this application; the other live ones are declined / 确定揭榜方");
    }

    private static async Task<Created<DemandResponse>> CreateDraft(
        DemandInput body,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var created = await mediator.Send(new CreateDemandDraft(body), ct);
        return TypedResults.Created($"/api/demands/{created.Id}", created);
    }

    private static async Task<Ok<DemandResponse>> Update(
        Guid id,
        DemandInput body,
        HttpRequest request,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new UpdateDemand(id, IfMatch.Version(request), body), ct));

    private static async Task<Ok<DemandResponse>> Change(
        Guid id,
        DemandTransition transition,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new ChangeDemandStatus(id, transition), ct));

    private static async Task<Created<ApplicationResponse>> Apply(
        Guid id,
        ApplicationInput body,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var application = await mediator.Send(new ApplyToDemand(id, body), ct);
        return TypedResults.Created($"/api/demands/{id}/applications/{application.Id}", application);
    }
}
