using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.Contracts;
using JjjMatch.Contracts.Matching;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Features.Events;

/// <summary>
/// The matcher's and the brokers' steps on a pair, told to the posters of both listings: suggested, claimed,
/// accepted (the introduction), rejected with its reason, withdrawn, and a deal recorded.
/// </summary>
public sealed class MatchEventsConsumer(
    NotificationsDbContext db,
    EventInbox<NotificationsDbContext> inbox,
    MatchAnnouncer announcer,
    Notifier notifier
)
    : IConsumer<MatchSuggested>,
        IConsumer<MatchRescored>,
        IConsumer<MatchClaimed>,
        IConsumer<MatchAccepted>,
        IConsumer<MatchRejected>,
        IConsumer<MatchWithdrawn>,
        IConsumer<DealRecorded>
{
    public Task Consume(ConsumeContext<MatchSuggested> context) =>
        ApplyAsync(context.Message, ct => announcer.SuggestedAsync(context.Message, ct));

    public Task Consume(ConsumeContext<MatchRescored> context) =>
        ApplyAsync(context.Message, ct => announcer.RescoredAsync(context.Message, ct));

    public Task Consume(ConsumeContext<MatchClaimed> context)
    {
        var claimed = context.Message;
        return ApplyAsync(claimed, ct =>
            TellPostersAsync(
                claimed,
                NotificationTypes.MatchClaimed,
                claimed.MatchId,
                claimed.AchievementId,
                claimed.DemandId,
                null,
                null,
                new { },
                ct
            )
        );
    }

    /// <summary>The introduction: each side may now see the other's contact through the API (not in here).</summary>
    public Task Consume(ConsumeContext<MatchAccepted> context)
    {
        var accepted = context.Message;
        return ApplyAsync(accepted, async ct =>
        {
            await CloseAsync(accepted.MatchId, accepted.OccurredAt, ct);
            await TellPostersAsync(
                accepted,
                NotificationTypes.MatchAccepted,
                accepted.MatchId,
                accepted.AchievementId,
                accepted.DemandId,
                accepted.AchievementOwnerId,
                accepted.DemandOwnerId,
                new { ContactVisible = true },
                ct
            );
        });
    }

    public Task Consume(ConsumeContext<MatchRejected> context)
    {
        var rejected = context.Message;
        return ApplyAsync(rejected, async ct =>
        {
            await CloseAsync(rejected.MatchId, rejected.OccurredAt, ct);
            await TellPostersAsync(
                rejected,
                NotificationTypes.MatchRejected,
                rejected.MatchId,
                rejected.AchievementId,
                rejected.DemandId,
                null,
                null,
                new { rejected.Reason, rejected.Note },
                ct
            );
        });
    }

    /// <summary>Only the posters who were told of the suggestion hear that it went.</summary>
    public Task Consume(ConsumeContext<MatchWithdrawn> context)
    {
        var withdrawn = context.Message;
        return ApplyAsync(withdrawn, async ct =>
        {
            await CloseAsync(withdrawn.MatchId, withdrawn.OccurredAt, ct);
            var told = await db
                .Notifications.Where(n =>
                    n.MatchId == withdrawn.MatchId
                    && (n.Type == NotificationTypes.MatchSuggested || n.Type == NotificationTypes.MatchRescored)
                )
                .Select(n => new
                {
                    n.OrganisationId,
                    n.AchievementId,
                    n.DemandId,
                })
                .ToListAsync(ct);
            foreach (var poster in told.DistinctBy(t => t.OrganisationId))
            {
                await notifier.NotifyAsync(
                    poster.OrganisationId,
                    NotificationTypes.MatchWithdrawn,
                    $"withdrawn:{withdrawn.EventId}",
                    new NotificationSubject(poster.AchievementId, poster.DemandId, withdrawn.MatchId),
                    new { withdrawn.Reason },
                    ct
                );
            }
        });
    }

    public Task Consume(ConsumeContext<DealRecorded> context)
    {
        var deal = context.Message;
        return ApplyAsync(deal, ct => TellPostersAsync(
                deal,
                NotificationTypes.DealRecorded,
                deal.MatchId,
                deal.AchievementId,
                deal.DemandId,
                null,
                null,
                new
                {
                    deal.DealId,
                    deal.ContractType,
                    deal.Amount,
                    deal.TechnologyAmount,
                    deal.SignedOn,
                },
                ct
            ));
    }

    /// <summary>The pair no longer waits for a broker: brokers seen later are not told of it.</summary>
    private async Task CloseAsync(Guid matchId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.Matches.FindAsync([matchId], cancellationToken) is { } copy)
        {
            copy.ClosedAt = at.UtcDateTime;
        }
    }

    private async Task ApplyAsync(IIntegrationEvent integrationEvent, Func<CancellationToken, Task> effect)
    {
        // Finished even when the service stops meanwhile: an abandoned message could be faulted instead of redelivered.
        await inbox.ApplyOnceAsync(integrationEvent, nameof(MatchEventsConsumer), effect, CancellationToken.None);
        notifier.WakeDispatcherIfQueued();
    }

    /// <summary>
    /// Both posters, each with the other side's public title; owners the event does not name come from the copies.
    /// </summary>
    private async Task TellPostersAsync(
        IIntegrationEvent cause,
        string type,
        Guid matchId,
        Guid achievementId,
        Guid demandId,
        Guid? achievementOwner,
        Guid? demandOwner,
        object details,
        CancellationToken cancellationToken
    )
    {
        var achievement = await db.Listings.FindAsync([achievementId], cancellationToken);
        var demand = await db.Listings.FindAsync([demandId], cancellationToken);
        var subject = new NotificationSubject(achievementId, demandId, matchId);
        var key = $"{type}:{cause.EventId}";
        var posters = new[] { achievementOwner ?? achievement?.OwnerId, demandOwner ?? demand?.OwnerId };
        foreach (var owner in posters.Distinct())
        {
            if (owner is not { } organisation)
            {
                continue;
            }

            await notifier.NotifyAsync(
                organisation,
                type,
                key,
                subject,
                new MatchNotice(achievement?.Title, demand?.Title, details),
                cancellationToken
            );
        }
    }
}

/// <summary>The public titles of both listings, and what the step adds.</summary>
public sealed record MatchNotice(string? AchievementTitle, string? DemandTitle, object Details);
