using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Matching;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Features.Listings;
using JjjMatch.Notifications.Features.Recipients;
using JjjMatch.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Features.Events;

/// <summary>
/// A suggestion reaches each poster whose own threshold it meets, and the brokers covering the pair. It waits until
/// both listing copies are here, since the suggestion and the listing events travel on separate queues.
/// </summary>
public sealed class MatchAnnouncer(NotificationsDbContext db, Notifier notifier)
{
    public async Task SuggestedAsync(MatchSuggested suggested, CancellationToken cancellationToken)
    {
        var copy = await db.Matches.FindAsync([suggested.MatchId], cancellationToken);
        if (copy is null)
        {
            copy = new MatchCopy
            {
                MatchId = suggested.MatchId,
                AchievementId = suggested.AchievementId,
                DemandId = suggested.DemandId,
            };
            db.Matches.Add(copy);
        }

        copy.Score = suggested.Score;
        copy.SuggestedEventId = suggested.EventId;
        copy.SuggestedAt = suggested.OccurredAt.UtcDateTime;
        copy.Announced = false;
        copy.ClosedAt = null;
        await AnnounceAsync(copy, cancellationToken);
    }

    public async Task AnnounceWaitingAsync(ListingCopy listing, CancellationToken cancellationToken)
    {
        var waiting = await db
            .Matches.Where(m => !m.Announced && (m.AchievementId == listing.Id || m.DemandId == listing.Id))
            .ToListAsync(cancellationToken);
        foreach (var match in waiting)
        {
            await AnnounceAsync(match, cancellationToken);
        }
    }

    private async Task AnnounceAsync(MatchCopy match, CancellationToken cancellationToken)
    {
        var achievement = await db.Listings.FindAsync([match.AchievementId], cancellationToken);
        var demand = await db.Listings.FindAsync([match.DemandId], cancellationToken);
        if (achievement is null || demand is null)
        {
            return;
        }

        match.Announced = true;
        var key = $"suggested:{match.SuggestedEventId}";
        var subject = new NotificationSubject(achievement.Id, demand.Id, match.MatchId);
        var thresholds = await db
            .Recipients.Where(r => r.OrganisationId == achievement.OwnerId || r.OrganisationId == demand.OwnerId)
            .ToDictionaryAsync(r => r.OrganisationId, r => r.MinimumScore, cancellationToken);
        foreach (
            var (owner, own, other) in new[]
            {
                (achievement.OwnerId, achievement, demand),
                (demand.OwnerId, demand, achievement),
            }
        )
        {
            if (match.Score >= thresholds.GetValueOrDefault(owner))
            {
                await notifier.NotifyAsync(
                    owner,
                    NotificationTypes.MatchSuggested,
                    key,
                    subject,
                    new
                    {
                        match.Score,
                        YourListingTitle = own.Title,
                        OtherSide = other.Side,
                        OtherListingTitle = other.Title,
                    },
                    cancellationToken
                );
            }
        }

        var brokers = await db.Recipients.Where(r => r.Role == Roles.Intermediary).ToListAsync(cancellationToken);
        foreach (var broker in brokers.Where(b => BrokerCoverage.Covers(b, achievement, demand)))
        {
            await TellBrokerAsync(broker.OrganisationId, match, achievement, demand, null, cancellationToken);
        }
    }

    /// <summary>
    /// The open pairs a broker organisation covers and has not been told of: called when it is first seen or its
    /// coverage changed, since the announcements only reached the brokers known at the time. Each keeps the time it
    /// was suggested, so the inbox stays in order.
    /// </summary>
    public async Task CatchUpBrokerAsync(
        Recipient broker,
        DateTime since,
        int limit,
        CancellationToken cancellationToken
    )
    {
        var open = await db
            .Matches.Where(m => m.Announced && m.ClosedAt == null && m.SuggestedAt >= since)
            .OrderByDescending(m => m.SuggestedAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var ids = open.SelectMany(m => new[] { m.AchievementId, m.DemandId }).Distinct().ToList();
        var listings = await db.Listings.Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        foreach (var match in open)
        {
            if (
                listings.GetValueOrDefault(match.AchievementId) is { } achievement
                && listings.GetValueOrDefault(match.DemandId) is { } demand
                && BrokerCoverage.Covers(broker, achievement, demand)
            )
            {
                await TellBrokerAsync(
                    broker.OrganisationId,
                    match,
                    achievement,
                    demand,
                    match.SuggestedAt,
                    cancellationToken
                );
            }
        }
    }

    private Task<bool> TellBrokerAsync(
        Guid broker,
        MatchCopy match,
        ListingCopy achievement,
        ListingCopy demand,
        DateTime? at,
        CancellationToken cancellationToken
    ) =>
        notifier.NotifyAsync(
            broker,
            NotificationTypes.BrokerPairSuggested,
            $"suggested:{match.SuggestedEventId}",
            new NotificationSubject(achievement.Id, demand.Id, match.MatchId),
            new
            {
                match.Score,
                AchievementTitle = achievement.Title,
                DemandTitle = demand.Title,
            },
            cancellationToken,
            at
        );
}
