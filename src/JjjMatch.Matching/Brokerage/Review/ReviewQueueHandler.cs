using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Review;

public sealed class ReviewQueueHandler(MatchingDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<ReviewQueue, Paged<QueueItem>>
{
    public async Task<Paged<QueueItem>> Handle(ReviewQueue q, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var status = EnumRules.Parse<QueueStatus>(q.Status) ?? QueueStatus.Suggested;
        var me = user.UserId;
        var matches = db.Matches.AsNoTracking();
        matches = status switch
        {
            QueueStatus.Suggested => matches.Where(m => m.Status == MatchStatus.Suggested),
            QueueStatus.Claimed => matches.Where(m => m.Status == MatchStatus.Claimed),
            QueueStatus.Mine => matches.Where(m => m.Status == MatchStatus.Claimed && m.ReviewerId == me),
            _ => matches.Where(m => m.Status == MatchStatus.Suggested || m.Status == MatchStatus.Claimed),
        };
        if (q.MinScore is { } minScore)
        {
            matches = matches.Where(m => m.Score >= minScore);
        }

        if (q.MaxAgeDays is { } days)
        {
            var since = now.AddDays(-days);
            matches = matches.Where(m => m.SuggestedAt >= since);
        }

        if (q.SuggestedAfter is { } after)
        {
            var from = after.UtcDateTime;
            matches = matches.Where(m => m.SuggestedAt >= from);
        }

        if (q.SuggestedBefore is { } before)
        {
            var to = before.UtcDateTime;
            matches = matches.Where(m => m.SuggestedAt <= to);
        }

        // Pairs no broker may take up are not work for this one: an organisation with itself, or the broker's own.
        var pairs = BrokerCoverage
            .Of(user)
            .Apply(db.WithFacts(matches))
            .Where(p => p.AchievementOwnerId != p.DemandOwnerId);
        if (user.OrganisationId is { } own)
        {
            pairs = pairs.Where(p => p.AchievementOwnerId != own && p.DemandOwnerId != own);
        }

        if (EnumRules.Parse<Province>(q.Region) is { } region)
        {
            pairs = pairs.InProvince(region);
        }

        if (q.Industry is not null)
        {
            pairs = pairs.InIndustry(q.Industry);
        }

        var page = q.Page ?? 1;
        var size = Paging.Cap(q.PageSize);
        var total = await pairs.CountAsync(cancellationToken);
        var rows = await pairs
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.SuggestedAt)
            .ThenBy(p => p.MatchId)
            .Skip(Paging.Offset(page, size))
            .Take(size)
            .ToListAsync(cancellationToken);
        // Titles and organisations live in the snapshots; only this page's listings are read.
        var listings = await ReviewListings.LoadAsync(
            db,
            rows.Select(r => r.AchievementId),
            rows.Select(r => r.DemandId),
            cancellationToken
        );
        var owners = rows.SelectMany(r => new[] { r.AchievementOwnerId, r.DemandOwnerId }).Distinct().ToList();
        var suspended = (
            await db
                .SuspendedOrganisations.Where(s => owners.Contains(s.OrganisationId))
                .Select(s => s.OrganisationId)
                .ToListAsync(cancellationToken)
        ).ToHashSet();
        var items = rows.Select(r =>
            {
                var (a, d) = (listings.Achievements[r.AchievementId], listings.Demands[r.DemandId]);
                return new QueueItem(
                    r.MatchId,
                    r.Status,
                    r.Score,
                    r.SuggestedAt,
                    Math.Round((now - r.SuggestedAt).TotalDays, 2),
                    r.ClaimedAt,
                    me is not null && r.ReviewerId == me,
                    r.Version,
                    new QueueListing(
                        a.Id,
                        a.Title,
                        a.Industry,
                        a.Region,
                        a.OwnerInstitution,
                        suspended.Contains(r.AchievementOwnerId)
                    ),
                    new QueueListing(
                        d.Id,
                        d.Title,
                        d.Industry,
                        d.Region,
                        d.Anonymous ? null : d.EnterpriseName,
                        suspended.Contains(r.DemandOwnerId)
                    )
                );
            })
            .ToList();
        return new Paged<QueueItem>(items, page, size, total);
    }
}
