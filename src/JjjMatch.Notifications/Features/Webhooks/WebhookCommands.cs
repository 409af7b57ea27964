using System.Text.Json.Nodes;
using FluentValidation;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Features.Recipients;
using JjjMatch.Notifications.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JjjMatch.Notifications.Features.Webhooks;

public sealed record WebhookInput(string? Url, List<string>? Types);

public sealed record CreateWebhook(WebhookInput Body) : IRequest<WebhookEndpointResponse>;

public sealed record GetWebhook(Guid Id) : IRequest<WebhookEndpointResponse>;

public sealed record ListWebhooks : IRequest<IReadOnlyList<WebhookEndpointResponse>>;

public sealed record DeleteWebhook(Guid Id) : IRequest<Unit>;

public sealed record RotateWebhookSecret(Guid Id) : IRequest<WebhookEndpointResponse>;

public sealed record EnableWebhook(Guid Id) : IRequest<WebhookEndpointResponse>;

public sealed record PingWebhook(Guid Id) : IRequest<WebhookDeliveryResponse>;

public sealed record ReplayDelivery(Guid Id, Guid DeliveryId) : IRequest<WebhookDeliveryResponse>;

public sealed record ListDeliveries(Guid Id, string? Status, int? Page, int? PageSize)
    : IRequest<Paged<WebhookDeliveryResponse>>;

public sealed class CreateWebhookValidator : AbstractValidator<CreateWebhook>
{
    public CreateWebhookValidator(WebhookTargetPolicy policy)
    {
        RuleFor(c => c.Body).NotNull();
        RuleFor(c => c.Body.Url)
            .NotEmpty()
            .MaximumLength(WebhookLimits.UrlLength)
            .Must(url => policy.Refusal(url) is null)
            .WithMessage(c => policy.Refusal(c.Body.Url) ?? "")
            .When(c => c.Body is not null);
        RuleForEach(c => c.Body.Types)
            .Must(t => NotificationTypes.All.Contains(t))
            .WithMessage($"Unknown notification type; use one of: {string.Join(", ", NotificationTypes.All)}")
            .When(c => c.Body is not null);
    }
}

public sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveries>
{
    public ListDeliveriesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).When(q => q.Page is not null);
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(1).When(q => q.PageSize is not null);
        RuleFor(q => q.Status)
            .Must(s => s is WebhookDelivery.Pending or WebhookDelivery.Delivered or WebhookDelivery.Dead)
            .When(q => q.Status is not null)
            .WithMessage("Use pending, delivered or dead.");
    }
}

/// <summary>
/// An organisation's webhook endpoints. Another organisation's endpoint or delivery is 404: ids reveal nothing.
/// </summary>
public sealed class WebhookCommandsHandler(
    NotificationsDbContext db,
    CurrentUser user,
    TimeProvider time,
    WebhookSignal signal,
    IOptions<NotificationsOptions> limits,
    IOptions<WebhookOptions> options
)
    : IRequestHandler<CreateWebhook, WebhookEndpointResponse>,
        IRequestHandler<GetWebhook, WebhookEndpointResponse>,
        IRequestHandler<ListWebhooks, IReadOnlyList<WebhookEndpointResponse>>,
        IRequestHandler<DeleteWebhook, Unit>,
        IRequestHandler<RotateWebhookSecret, WebhookEndpointResponse>,
        IRequestHandler<EnableWebhook, WebhookEndpointResponse>,
        IRequestHandler<PingWebhook, WebhookDeliveryResponse>,
        IRequestHandler<ReplayDelivery, WebhookDeliveryResponse>,
        IRequestHandler<ListDeliveries, Paged<WebhookDeliveryResponse>>
{
    public async Task<WebhookEndpointResponse> Handle(CreateWebhook request, CancellationToken cancellationToken)
    {
        var organisation = user.RequireOrganisation();
        var limit = limits.Value.MaxWebhooksPerOrganisation;
        if (await db.WebhookEndpoints.CountAsync(e => e.OrganisationId == organisation, cancellationToken) >= limit)
        {
            throw new ConflictException(
                $"Limit reached: maxWebhooksPerOrganisation is {limit}; delete one first / 每个机构最多 {limit} 个回调地址."
            );
        }

        var endpoint = new WebhookEndpoint
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisation,
            Url = request.Body.Url!,
            Types = request.Body.Types?.Distinct().ToList() ?? [],
            Secret = WebhookSecrets.New(),
            Enabled = true,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Version = 1,
        };
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookEndpointResponse.From(endpoint, withSecret: true);
    }

    public async Task<WebhookEndpointResponse> Handle(GetWebhook request, CancellationToken cancellationToken) =>
        WebhookEndpointResponse.From(await FindOwnAsync(request.Id, cancellationToken));

    public async Task<IReadOnlyList<WebhookEndpointResponse>> Handle(
        ListWebhooks request,
        CancellationToken cancellationToken
    )
    {
        var organisation = user.RequireOrganisation();
        var endpoints = await db
            .WebhookEndpoints.AsNoTracking()
            .Where(e => e.OrganisationId == organisation)
            .OrderBy(e => e.CreatedAt)
            .ToListAsync(cancellationToken);
        return endpoints.Select(e => WebhookEndpointResponse.From(e)).ToList();
    }

    public async Task<Unit> Handle(DeleteWebhook request, CancellationToken cancellationToken)
    {
        var endpoint = await FindOwnAsync(request.Id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.WebhookDeliveries.Where(d => d.EndpointId == endpoint.Id).ExecuteDeleteAsync(cancellationToken);
        db.WebhookEndpoints.Remove(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>A new secret; the old one keeps signing beside it for the grace period.</summary>
    public async Task<WebhookEndpointResponse> Handle(RotateWebhookSecret request, CancellationToken cancellationToken)
    {
        var endpoint = await FindOwnAsync(request.Id, cancellationToken);
        endpoint.PreviousSecret = endpoint.Secret;
        endpoint.PreviousSecretUntil = time.GetUtcNow().UtcDateTime + options.Value.SecretGrace;
        endpoint.Secret = WebhookSecrets.New();
        endpoint.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return WebhookEndpointResponse.From(endpoint, withSecret: true);
    }

    public async Task<WebhookEndpointResponse> Handle(EnableWebhook request, CancellationToken cancellationToken)
    {
        var endpoint = await FindOwnAsync(request.Id, cancellationToken);
        endpoint.Enabled = true;
        endpoint.DisabledAt = null;
        endpoint.DisabledReason = null;
        endpoint.FailingSince = null;
        endpoint.Version++;
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return WebhookEndpointResponse.From(endpoint);
    }

    /// <summary>A signed test delivery, logged like any other.</summary>
    public async Task<WebhookDeliveryResponse> Handle(PingWebhook request, CancellationToken cancellationToken)
    {
        var endpoint = await FindOwnAsync(request.Id, cancellationToken);
        if (!endpoint.Enabled)
        {
            throw new ConflictException("The endpoint is disabled; enable it first / 回调地址已停用.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var id = Guid.CreateVersion7();
        var delivery = new WebhookDelivery
        {
            Id = id,
            EndpointId = endpoint.Id,
            OrganisationId = endpoint.OrganisationId,
            MessageId = WebhookBody.MessageId(id),
            Type = NotificationTypes.WebhookPing,
            Body = WebhookBody.Write(
                id,
                NotificationTypes.WebhookPing,
                now,
                new JsonObject { ["endpointId"] = endpoint.Id.ToString() }
            ),
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return WebhookDeliveryResponse.From(delivery);
    }

    /// <summary>
    /// Sends one logged delivery again, as a new delivery with the same <c>webhook-id</c> and body, so a receiver
    /// that processed it already recognises it.
    /// </summary>
    public async Task<WebhookDeliveryResponse> Handle(ReplayDelivery request, CancellationToken cancellationToken)
    {
        var endpoint = await FindOwnAsync(request.Id, cancellationToken);
        var original = await db
            .WebhookDeliveries.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == request.DeliveryId && d.EndpointId == endpoint.Id, cancellationToken)
            ?? throw new NotFoundException("Delivery", request.DeliveryId);
        if (!endpoint.Enabled)
        {
            throw new ConflictException("The endpoint is disabled; enable it first / 回调地址已停用.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var replay = new WebhookDelivery
        {
            Id = Guid.CreateVersion7(),
            EndpointId = endpoint.Id,
            OrganisationId = endpoint.OrganisationId,
            MessageId = original.MessageId,
            Type = original.Type,
            Body = original.Body,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.WebhookDeliveries.Add(replay);
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return WebhookDeliveryResponse.From(replay);
    }

    public async Task<Paged<WebhookDeliveryResponse>> Handle(ListDeliveries q, CancellationToken cancellationToken)
    {
        var endpoint = await FindOwnAsync(q.Id, cancellationToken);
        var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpoint.Id);
        if (q.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        return await query.ToPagedAsync(
            all => all.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id),
            q.Page,
            q.PageSize,
            WebhookDeliveryResponse.From,
            cancellationToken
        );
    }

    private async Task<WebhookEndpoint> FindOwnAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = user.RequireOrganisation();
        return await db.WebhookEndpoints.FirstOrDefaultAsync(
            e => e.Id == id && e.OrganisationId == organisation,
            cancellationToken
        ) ?? throw new NotFoundException("Webhook", id);
    }
}
