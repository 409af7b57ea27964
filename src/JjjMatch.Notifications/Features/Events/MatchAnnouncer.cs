using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Matching;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Features.Listings;
using JjjMatch.Notifications.Features.Recipients;
using JjjMatch.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JjjMatch.Notifications.Features.Events;

/// <summary>
/// A suggestion reaches each poster whose own threshold it meets, and the brokers covering the pair. It waits until
/// both listing copies are here, since the suggestion and the listing events travel on separate queues.
/// </summary>
public sealed class MatchAnnouncer(NotificationsDbContext db, Notifier notifier, IOptions<NotificationsOptions> options)
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

    /// <summary>
    /// A poster hears of a re-scored pair when the new score meets its threshold and either the old one did not (it
    /// crossed the threshold) or it rose at least <see cref="NotificationsOptions.RescoreNotifyStep"/> over the score
    /// last told; falls and small moves are not told. <see cref="MatchCopy.Score"/> is the score last told.
    /// </summary>
    public async Task RescoredAsync(MatchRescored rescored, CancellationToken cancellationToken)
    {
        if (await db.Matches.FindAsync([rescored.MatchId], cancellationToken) is not { ClosedAt: null } copy)
        {
            return;
        }

        if (!copy.Announced)
        {
            // Still waiting for its listing copies: it will be announced with the new score.
            copy.Score = rescored.Score;
            return;
        }

        var achievement = await db.Listings.FindAsync([copy.AchievementId], cancellationToken);
        var demand = await db.Listings.FindAsync([copy.DemandId], cancellationToken);
        if (achievement is null || demand is null)
        {
            return;
        }

        var thresholds = await ThresholdsAsync(achievement, demand, cancellationToken);
        var told = copy.Score;
        var step = options.Value.RescoreNotifyStep;
        var subject = new NotificationSubject(achievement.Id, demand.Id, copy.MatchId);
        foreach (var (owner, own, other) in Sides(achievement, demand))
        {
            var threshold = thresholds.GetValueOrDefault(owner);
            var crossed = rescored.PreviousScore < threshold;
            if (rescored.Score >= threshold && (crossed || rescored.Score >= told + step))
            {
                await notifier.NotifyAsync(
                    owner,
                    NotificationTypes.MatchRescored,
                    $"rescored:{rescored.EventId}",
                    subject,
                    new
                    {
                        rescored.Score,
                        PreviousScore = crossed ? rescored.PreviousScore : told,
                        YourListingTitle = own.Title,
                        OtherSide = other.Side,
                        OtherListingTitle = other.Title,
                    },
                    cancellationToken
                );
                copy.Score = rescored.Score;
            }
        }
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
        var thresholds = await ThresholdsAsync(achievement, demand, cancellationToken);
        foreach (var (owner, own, other) in Sides(achievement, demand))
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

    private static (Guid Owner, ListingCopy Own, ListingCopy Other)[] Sides(
        ListingCopy achievement,
        ListingCopy demand
    ) => [(achievement.OwnerId, achievement, demand), (demand.OwnerId, demand, achievement)];

    private Task<Dictionary<Guid, double>> ThresholdsAsync(
        ListingCopy achievement,
        ListingCopy demand,
        CancellationToken cancellationToken
    ) =>
        db
            .Recipients.Where(r => r.OrganisationId == achievement.OwnerId || r.OrganisationId == demand.OwnerId)
            .ToDictionaryAsync(r => r.OrganisationId, r => r.MinimumScore, cancellationToken);

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
