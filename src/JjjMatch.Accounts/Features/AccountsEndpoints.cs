using JjjMatch.Accounts.Features.Members;
using JjjMatch.Accounts.Features.Organisations;
using JjjMatch.Accounts.Features.People;
using JjjMatch.Accounts.Tokens;
using JjjMatch.BuildingBlocks.Auth;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Accounts.Features;

public static class AccountsEndpoints
{
    /// <summary>
    /// The rate-limit policy of sign-in, registration and reset: per client address (docs/accounts.md).
    /// </summary>
    public const string SensitivePolicy = "accounts-sensitive";

    public static void MapAccountsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        MapOrganisations(endpoints.MapGroup("/api/organisations").WithTags("Organisations"));
        PeopleEndpoints.Map(endpoints);
        endpoints.MapConnectEndpoints();
    }

    private static void MapOrganisations(RouteGroupBuilder group)
    {
        group
            .MapPost("/", async (RegisterOrganisation body, IMediator m, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, await m.Send(body, ct))
            )
            .RequireRateLimiting(SensitivePolicy)
            .LimitPerAccount<RegisterOrganisation>("register", r => r.Email)
            .WithSummary("Register an organisation and its first person, its administrator / 机构注册");
        group
            .MapGet("/", async (string? status, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListOrganisations(status), ct))
            )
            .RequireAuthorization(Policies.Operator)
            .WithSummary("Registrations to review, by status (operator) / 待审核机构");
        group
            .MapGet("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetOrganisation(id), ct))
            )
            .WithSummary("One organisation; contact and credit code for its members and the operator");
        var review = group.MapGroup("/{id:guid}").RequireAuthorization(Policies.Operator);
        review
            .MapPost("/approve", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ReviewOrganisation(id, ReviewStep.Approve, null), ct))
            )
            .WithSummary("Approve a registration or lift a suspension (operator) / 审核通过");
        review
            .MapPost("/reject", async (Guid id, ReviewReason body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ReviewOrganisation(id, ReviewStep.Reject, body.Reason), ct))
            )
            .WithSummary("Reject a registration with a reason (operator) / 驳回");
        review
            .MapPost("/suspend", async (Guid id, ReviewReason body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ReviewOrganisation(id, ReviewStep.Suspend, body.Reason), ct))
            )
            .WithSummary("Suspend an approved organisation with a reason (operator) / 暂停");
        review
            .MapPost("/clients", async (Guid id, PartnerClientBody body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new CreatePartnerClient(id, body.Name), ct))
            )
            .WithSummary("A client-credentials client for the organisation's partner system; the secret shows once");
        review
            .MapPost(
                "/members/{userId:guid}/coverage/check",
                async (Guid id, Guid userId, IMediator m, CancellationToken ct) =>
                    TypedResults.Ok(await m.Send(new CheckCoverage(id, userId), ct))
            )
            .WithSummary("The operator has checked a broker's regions and industries / 核验经纪人服务范围");

        var members = group.MapGroup("/{id:guid}/members").RequireAuthorization(Policies.Member);
        members
            .MapGet("/", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListMembers(id), ct))
            )
            .WithSummary("The organisation's people (its members and the operator) / 成员");
        members
            .MapPost("/", async (Guid id, InviteBody body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new InviteMember(id, body), ct))
            )
            .WithSummary("Invite a person by email (administrators) / 邀请成员");
        members
            .MapPut(
                "/{userId:guid}/role",
                async (Guid id, Guid userId, RoleBody body, IMediator m, CancellationToken ct) =>
                    TypedResults.Ok(await m.Send(new ChangeMemberRole(id, userId, body), ct))
            )
            .WithSummary("Make a member an administrator or back (administrators)");
        members
            .MapPut(
                "/{userId:guid}/coverage",
                async (Guid id, Guid userId, CoverageBody body, IMediator m, CancellationToken ct) =>
                    TypedResults.Ok(await m.Send(new SetCoverage(id, userId, body), ct))
            )
            .WithSummary("A broker's regions and industries (administrators; the operator then checks them)");
        members
            .MapDelete("/{userId:guid}", async (Guid id, Guid userId, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RemoveMember(id, userId), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Remove a person; their tokens stop at the next refresh (administrators) / 移除成员");
    }
}
