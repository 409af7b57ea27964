using JjjMatch.Achievements.Features.Create;
using JjjMatch.Achievements.Features.Get;
using JjjMatch.Achievements.Features.Lifecycle;
using JjjMatch.Achievements.Features.List;
using JjjMatch.Achievements.Features.Mine;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Features.Update;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Achievements.Features;

public static class AchievementEndpoints
{
    public static void MapAchievementEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/achievements").WithTags("Achievements");
        // Every write is a university's (or institute's); the handlers add that only the owning organisation changes
        // its own.
        var writes = group.MapGroup("/").RequireAuthorization(Policies.University);
        writes.MapPost("/", CreateDraft).WithSummary("Create a draft achievement / 新建科技成果草稿");
        writes
            .MapPut("/{id:guid}", Update)
            .WithSummary("Replace an achievement's details; optional If-Match: \"version\"");
        writes
            .MapPost("/{id:guid}/publish", (Guid id, IMediator m, CancellationToken ct) =>
                Change(id, AchievementTransition.Publish, m, ct)
            )
            .WithSummary("Publish a draft / 发布");
        writes
            .MapPost("/{id:guid}/withdraw", (Guid id, IMediator m, CancellationToken ct) =>
                Change(id, AchievementTransition.Withdraw, m, ct)
            )
            .WithSummary("Withdraw a published achievement / 撤回");
        writes
            .MapPost("/{id:guid}/transferred", (Guid id, IMediator m, CancellationToken ct) =>
                Change(id, AchievementTransition.MarkTransferred, m, ct)
            )
            .WithSummary("Mark a published achievement as transferred / 已转化");
        group
            .MapGet("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetAchievement(id), ct))
            )
            .WithSummary("One achievement, without its contact; a draft only for its owner");
        group
            .MapGet("/mine", async ([AsParameters] ListMyAchievements query, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(query, ct))
            )
            .RequireAuthorization(Policies.Member)
            .WithSummary("The caller's own achievements, any status, with their contacts / 我的成果");
        group
            .MapGet("/", async ([AsParameters] ListAchievements query, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(query, ct))
            )
            .WithSummary(
                "Filter, sort and page achievements (published by default; status=draft lists only the "
                    + "caller's drafts)"
            );
    }

    private static async Task<Created<AchievementResponse>> CreateDraft(
        AchievementInput body,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var created = await mediator.Send(new CreateAchievementDraft(body), ct);
        return TypedResults.Created($"/api/achievements/{created.Id}", created);
    }

    private static async Task<Ok<AchievementResponse>> Update(
        Guid id,
        AchievementInput body,
        HttpRequest request,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new UpdateAchievement(id, IfMatch.Version(request), body), ct));

    private static async Task<Ok<AchievementResponse>> Change(
        Guid id,
        AchievementTransition transition,
        IMediator mediator,
        CancellationToken ct
    ) => TypedResults.Ok(await mediator.Send(new ChangeAchievementStatus(id, transition), ct));
}
