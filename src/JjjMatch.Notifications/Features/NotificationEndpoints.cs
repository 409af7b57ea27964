using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Features.Recipients;
using JjjMatch.Notifications.Features.SavedSearches;
using JjjMatch.Notifications.Features.Webhooks;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace JjjMatch.Notifications.Features;

public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        MapInbox(Member(endpoints, "/api/notifications", "Notifications"));
        MapSavedSearches(Member(endpoints, "/api/saved-searches", "Saved searches"));
        MapWebhooks(Member(endpoints, "/api/webhooks", "Webhooks"));
    }

    /// <summary>Every route is an organisation's own: any member token, the caller remembered as a recipient.</summary>
    private static RouteGroupBuilder Member(IEndpointRouteBuilder endpoints, string prefix, string tag)
    {
        var group = endpoints.MapGroup(prefix).WithTags(tag).RequireAuthorization(Policies.Member);
        group.AddEndpointFilter<RecipientRecorder>();
        return group;
    }

    private static void MapInbox(RouteGroupBuilder group)
    {
        group
            .MapGet("/", async ([AsParameters] ListNotifications q, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(q, ct))
            )
            .WithSummary("The organisation's notifications, newest first; unread=true for the unread / 通知");
        group
            .MapGet("/unread-count", async (IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new UnreadCount(), ct))
            )
            .WithSummary("How many notifications are unread / 未读数");
        group
            .MapPost("/{id:guid}/read", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new MarkRead(id), ct))
            )
            .WithSummary("Mark one notification read / 标为已读");
        group
            .MapPost("/read-all", async (IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new MarkAllRead(), ct))
            )
            .WithSummary("Mark every notification read / 全部已读");
        group
            .MapGet("/settings", async (IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetNotificationSettings(), ct))
            )
            .WithSummary("The organisation's threshold for suggestions");
        group
            .MapPut("/settings", async ([FromBody] SettingsInput body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new UpdateNotificationSettings(body), ct))
            )
            .WithSummary("Set the threshold (0..1) below which suggestions are not notified / 推荐通知阈值");
    }

    private static void MapSavedSearches(RouteGroupBuilder group)
    {
        group
            .MapPost("/", async ([FromBody] SavedSearchInput body, IMediator m, CancellationToken ct) =>
            {
                var created = await m.Send(new CreateSavedSearch(body), ct);
                return TypedResults.Created($"/api/saved-searches/{created.Id}", created);
            })
            .WithSummary("Save a search over the other side; it fires on new and changed listings / 保存检索");
        group
            .MapGet("/", async ([AsParameters] ListSavedSearches q, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(q, ct))
            )
            .WithSummary("The organisation's saved searches, newest first");
        group
            .MapGet("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetSavedSearch(id), ct))
            )
            .WithSummary("One saved search of the organisation");
        group
            .MapPut(
                "/{id:guid}",
                async (Guid id, [FromBody] SavedSearchInput body, IMediator m, CancellationToken ct) =>
                    TypedResults.Ok(await m.Send(new UpdateSavedSearch(id, body), ct))
            )
            .WithSummary("Replace a saved search");
        group
            .MapDelete("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteSavedSearch(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete a saved search");
    }

    private static void MapWebhooks(RouteGroupBuilder group)
    {
        group
            .MapPost("/", async ([FromBody] WebhookInput body, IMediator m, CancellationToken ct) =>
            {
                var created = await m.Send(new CreateWebhook(body), ct);
                return TypedResults.Created($"/api/webhooks/{created.Id}", created);
            })
            .WithSummary("Register an endpoint; the answer carries its signing secret (whsec_...) / 注册回调");
        group
            .MapGet("/", async (IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListWebhooks(), ct))
            )
            .WithSummary("The organisation's endpoints");
        group
            .MapGet("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetWebhook(id), ct))
            )
            .WithSummary("One endpoint");
        group
            .MapDelete("/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteWebhook(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete an endpoint and its delivery log");
        group
            .MapPost("/{id:guid}/ping", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Accepted($"/api/webhooks/{id}/deliveries", await m.Send(new PingWebhook(id), ct))
            )
            .WithSummary("Send a signed test delivery (webhook.ping)");
        group
            .MapPost("/{id:guid}/rotate-secret", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new RotateWebhookSecret(id), ct))
            )
            .WithSummary("A new secret; the old one signs too until previousSecretValidUntil");
        group
            .MapPost("/{id:guid}/enable", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new EnableWebhook(id), ct))
            )
            .WithSummary("Enable a disabled endpoint again; its pending deliveries resume");
        group
            .MapGet(
                "/{id:guid}/deliveries",
                async ([AsParameters] ListDeliveries q, IMediator m, CancellationToken ct) =>
                    TypedResults.Ok(await m.Send(q, ct))
            )
            .WithSummary("The endpoint's delivery log, newest first; status=pending|delivered|dead");
        group
            .MapPost(
                "/{id:guid}/deliveries/{deliveryId:guid}/replay",
                async (Guid id, Guid deliveryId, IMediator m, CancellationToken ct) =>
                    TypedResults.Accepted(
                        $"/api/webhooks/{id}/deliveries",
                        await m.Send(new ReplayDelivery(id, deliveryId), ct)
                    )
            )
            .WithSummary("Send one delivery again, with the same webhook-id");
    }
}
