using JjjMatch.Contracts.Shared;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Features.Listings;
using JjjMatch.Notifications.Features.SavedSearches;
using JjjMatch.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JjjMatch.Notifications.Features.Events;

/// <summary>
/// What no event announces: an open list's deadline coming close (its owner is reminded once per deadline), and the
/// daily digests of saved searches at their Beijing-time hour. Keys make a second run, or a replica's, change
/// nothing.
/// </summary>
public sealed partial class ReminderWorker(
    IServiceScopeFactory scopes,
    IOptions<NotificationsOptions> options,
    TimeProvider time,
    ILogger<ReminderWorker> logger
) : BackgroundService
{
    private const int DigestListings = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(options.Value.WorkerInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogRoundFailed(logger, exception);
                await Task.Delay(options.Value.WorkerInterval, time, stoppingToken);
            }
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var now = time.GetUtcNow().UtcDateTime;
        await RemindDeadlinesAsync(db, notifier, now, cancellationToken);
        await SendDigestsAsync(db, notifier, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        notifier.WakeDispatcherIfQueued();
    }

    private async Task RemindDeadlinesAsync(
        NotificationsDbContext db,
        Notifier notifier,
        DateTime now,
        CancellationToken cancellationToken
    )
    {
        var until = now + options.Value.DeadlineReminderLead;
        var closing = await db
            .Listings.AsNoTracking()
            .Where(l => l.Side == ListingCopy.Demand && l.Live && l.Deadline > now && l.Deadline <= until)
            .ToListAsync(cancellationToken);
        foreach (var demand in closing)
        {
            await notifier.NotifyAsync(
                demand.OwnerId,
                NotificationTypes.DemandDeadlineSoon,
                $"deadline:{demand.Id}:{demand.Deadline!.Value.Ticks}",
                new NotificationSubject(DemandId: demand.Id),
                new { DemandTitle = demand.Title, demand.Deadline },
                cancellationToken
            );
        }
    }

    private static async Task SendDigestsAsync(
        NotificationsDbContext db,
        Notifier notifier,
        DateTime now,
        CancellationToken cancellationToken
    )
    {
        var today = BeijingTime.DateOf(now);
        var searches = await db
            .SavedSearches.Where(s => s.DeletedAt == null && s.Frequency == SavedSearch.Daily)
            .ToListAsync(cancellationToken);
        foreach (var search in searches)
        {
            var due = BeijingTime.StartOf(today).AddHours(search.DigestHour ?? 0);
            if (now < due || search.LastDigestAt >= due)
            {
                continue;
            }

            search.LastDigestAt = now;
            var hits = await db
                .SavedSearchHits.Where(h => h.SavedSearchId == search.Id && h.DigestedAt == null)
                .ToListAsync(cancellationToken);
            if (hits.Count == 0)
            {
                continue;
            }

            var ids = hits.Select(h => h.ListingId).Distinct().ToList();
            var listings = await db
                .Listings.AsNoTracking()
                .Where(l => ids.Contains(l.Id) && l.Live)
                .OrderByDescending(l => l.UpdatedAt)
                .Take(DigestListings)
                .Select(l => new
                {
                    l.Id,
                    l.Side,
                    l.Title,
                })
                .ToListAsync(cancellationToken);
            hits.ForEach(h => h.DigestedAt = now);
            if (listings.Count == 0)
            {
                continue;
            }

            await notifier.NotifyAsync(
                search.OrganisationId,
                NotificationTypes.SavedSearchDigest,
                $"digest:{search.Id}:{today:yyyy-MM-dd}",
                new NotificationSubject(SavedSearchId: search.Id),
                new
                {
                    SavedSearchName = search.Name,
                    Count = ids.Count,
                    Listings = listings,
                },
                cancellationToken
            );
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reminder and digest round failed; trying again later")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
