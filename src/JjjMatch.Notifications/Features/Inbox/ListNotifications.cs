using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Notifications.Features.Recipients;
using JjjMatch.Notifications.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Features.Inbox;

/// <summary>
/// The caller's organisation's notifications, newest first; <c>unread=true</c> keeps the unread ones.
/// </summary>
public sealed record ListNotifications(bool? Unread, string? Type, int? Page, int? PageSize)
    : IRequest<NotificationPage>;

public sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).When(q => q.Page is not null);
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(1).When(q => q.PageSize is not null);
        RuleFor(q => q.Type)
            .Must(t => NotificationTypes.All.Contains(t))
            .When(q => q.Type is not null)
            .WithMessage($"Unknown notification type; use one of: {string.Join(", ", NotificationTypes.All)}");
    }
}

public sealed class ListNotificationsHandler(NotificationsDbContext db, CurrentUser user)
    : IRequestHandler<ListNotifications, NotificationPage>
{
    public async Task<NotificationPage> Handle(ListNotifications q, CancellationToken cancellationToken)
    {
        var organisation = user.RequireOrganisation();
        var mine = db.Notifications.AsNoTracking().Where(n => n.OrganisationId == organisation);
        var query = mine;
        if (q.Unread == true)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        if (q.Type is { } type)
        {
            query = query.Where(n => n.Type == type);
        }

        var page = await query.ToPagedAsync(
            all => all.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id),
            q.Page,
            q.PageSize,
            NotificationResponse.From,
            cancellationToken
        );
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        return new NotificationPage(page.Items, page.Page, page.PageSize, page.Total, unread);
    }
}
