using System.Text.Json;
using JjjMatch.Notifications.Features.Webhooks;
using JjjMatch.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Features.Inbox;

/// <summary>What a notification concerns: the ids a client follows to the listing, match or application.</summary>
public sealed record NotificationSubject(
    Guid? AchievementId = null,
    Guid? DemandId = null,
    Guid? MatchId = null,
    Guid? ApplicationId = null,
    Guid? SavedSearchId = null
);

/// <summary>
/// Adds a notification to an organisation's inbox and, in the same unit of work, one pending delivery per enabled
/// webhook endpoint of that organisation: a notification is never stored without its deliveries, nor the reverse.
/// </summary>
public sealed class Notifier(NotificationsDbContext db, TimeProvider time, WebhookSignal signal)
{
    private bool queued;

    /// <summary>Called after the save: the dispatcher then finds the committed deliveries at once.</summary>
    public void WakeDispatcherIfQueued()
    {
        if (queued)
        {
            queued = false;
            signal.Wake();
        }
    }

    /// <returns>False when the organisation had this notification already (same key).</returns>
    public async Task<bool> NotifyAsync(
        Guid organisationId,
        string type,
        string key,
        NotificationSubject subject,
        object data,
        CancellationToken cancellationToken,
        DateTime? createdAt = null
    )
    {
        if (organisationId == Guid.Empty)
        {
            return false;
        }

        var pending = db
            .ChangeTracker.Entries<Notification>()
            .Any(e => e.Entity.OrganisationId == organisationId && e.Entity.Key == key);
        if (
            pending
            || await db.Notifications.AnyAsync(
                n => n.OrganisationId == organisationId && n.Key == key,
                cancellationToken
            )
        )
        {
            return false;
        }

        var notification = new Notification
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisationId,
            Type = type,
            Key = key,
            CreatedAt = createdAt ?? time.GetUtcNow().UtcDateTime,
            AchievementId = subject.AchievementId,
            DemandId = subject.DemandId,
            MatchId = subject.MatchId,
            ApplicationId = subject.ApplicationId,
            SavedSearchId = subject.SavedSearchId,
            Data = JsonSerializer.Serialize(data, NotificationJson.Options),
        };
        db.Notifications.Add(notification);
        await QueueDeliveriesAsync(notification, cancellationToken);
        return true;
    }

    private async Task QueueDeliveriesAsync(Notification notification, CancellationToken cancellationToken)
    {
        var endpoints = (
            await db
                .WebhookEndpoints.Where(e => e.OrganisationId == notification.OrganisationId && e.Enabled)
                .Select(e => new { e.Id, e.Types })
                .ToListAsync(cancellationToken)
        )
            .Where(e => e.Types.Count == 0 || e.Types.Contains(notification.Type))
            // An endpoint disabled in this unit of work (the dispatcher's own) is still enabled in the database.
            .Where(e => db.WebhookEndpoints.Local.FirstOrDefault(l => l.Id == e.Id) is not { Enabled: false })
            .Select(e => e.Id)
            .ToList();
        if (endpoints.Count == 0)
        {
            return;
        }

        var body = WebhookBody.Of(notification);
        foreach (var endpoint in endpoints)
        {
            db.WebhookDeliveries.Add(WebhookBody.Delivery(endpoint, notification, body));
        }

        queued = true;
    }
}
