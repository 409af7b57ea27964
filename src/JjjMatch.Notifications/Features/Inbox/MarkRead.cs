using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Notifications.Features.Recipients;
using JjjMatch.Notifications.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Features.Inbox;

/// <summary>Marks one notification read; another organisation's is 404, so its ids reveal nothing.</summary>
public sealed record MarkRead(Guid Id) : IRequest<NotificationResponse>;

/// <summary>Marks every unread notification of the organisation read.</summary>
public sealed record MarkAllRead : IRequest<MarkedRead>;

public sealed record MarkedRead(int Marked);

public sealed record UnreadCount : IRequest<UnreadNotifications>;

public sealed record UnreadNotifications(int Unread);

public sealed class MarkReadHandler(NotificationsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<MarkRead, NotificationResponse>,
        IRequestHandler<MarkAllRead, MarkedRead>,
        IRequestHandler<UnreadCount, UnreadNotifications>
{
    public async Task<NotificationResponse> Handle(MarkRead request, CancellationToken cancellationToken)
    {
        var organisation = user.RequireOrganisation();
        var notification = await db.Notifications.FirstOrDefaultAsync(
            n => n.Id == request.Id && n.OrganisationId == organisation,
            cancellationToken
        ) ?? throw new NotFoundException("Notification", request.Id);
        notification.ReadAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return NotificationResponse.From(notification);
    }

    public async Task<MarkedRead> Handle(MarkAllRead request, CancellationToken cancellationToken)
    {
        var organisation = user.RequireOrganisation();
        var now = time.GetUtcNow().UtcDateTime;
        var marked = await db
            .Notifications.Where(n => n.OrganisationId == organisation && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return new MarkedRead(marked);
    }

    public async Task<UnreadNotifications> Handle(UnreadCount request, CancellationToken cancellationToken)
    {
        var organisation = user.RequireOrganisation();
        return new UnreadNotifications(
            await db.Notifications.CountAsync(
                n => n.OrganisationId == organisation && n.ReadAt == null,
                cancellationToken
            )
        );
    }
}
