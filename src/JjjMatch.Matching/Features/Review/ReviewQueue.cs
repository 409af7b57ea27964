using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Matching.Matches;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Features.Review;

/// <summary>Which pending pairs the queue shows: unclaimed (default), claimed by anyone, claimed by the caller, or both states.</summary>
public enum QueueStatus
{
    Suggested,
    Claimed,
    Mine,
    Pending,
}

/// <summary>
/// The broker's review queue (GET /api/review/queue, 审核队列): pending pairs in the caller's coverage, best score first,
/// then the longest waiting. <paramref name="Region"/> and <paramref name="Industry"/> match either side of the pair.
/// </summary>
public sealed record ReviewQueue(
    string? Status,
    string? Region,
    string? Industry,
    double? MinScore,
    int? MaxAgeDays,
    DateTimeOffset? SuggestedAfter,
    DateTimeOffset? SuggestedBefore,
    int? Page,
    int? PageSize) : IRequest<Paged<QueueItem>>;

/// <summary>One side of a queued pair as anyone may see it: no contact, no anonymous enterprise's name.</summary>
public sealed record QueueListing(Guid Id, string Title, string Industry, Region Region, string? Organisation);

public sealed record QueueItem(
    Guid Id,
    MatchStatus Status,
    double Score,
    DateTime SuggestedAt,
    double AgeDays,
    DateTime? ClaimedAt,
    bool ClaimedByMe,
    int Version,
    QueueListing Achievement,
    QueueListing Demand);

public sealed class ReviewQueueValidator : AbstractValidator<ReviewQueue>
{
    public ReviewQueueValidator()
    {
        RuleFor(q => q.Status).IsEnumName<ReviewQueue, QueueStatus>();
        RuleFor(q => q.Region).IsEnumName<ReviewQueue, Province>();
        RuleFor(q => q.Industry).Must(Industries.IsKnown).When(q => q.Industry is not null)
            .WithMessage("Unknown industry code; see /api/taxonomy/industries / 行业代码无效.");
        RuleFor(q => q.MinScore).InclusiveBetween(0, 1).When(q => q.MinScore is not null)
            .WithMessage("minScore must be between 0 and 1 / 最低分须在 0 到 1 之间.");
        RuleFor(q => q.MaxAgeDays).InclusiveBetween(1, 3650).When(q => q.MaxAgeDays is not null);
        RuleFor(q => q.SuggestedAfter).LessThanOrEqualTo(q => q.SuggestedBefore).When(q => q.SuggestedAfter is not null && q.SuggestedBefore is not null)
            .WithMessage("suggestedAfter must not be later than suggestedBefore / 时间范围无效.");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).When(q => q.Page is not null);
        RuleFor(q => q.PageSize).GreaterThanOrEqualTo(1).When(q => q.PageSize is not null);
    }
}

public sealed class ReviewQueueHandler(MatchingDbContext db, CurrentUser user, TimeProvider time) : IRequestHandler<ReviewQueue, Paged<QueueItem>>
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

        var pairs = BrokerCoverage.Of(user).Apply(db.WithFacts(matches));
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
        var rows = await pairs.OrderByDescending(p => p.Score).ThenBy(p => p.SuggestedAt).ThenBy(p => p.MatchId)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        // Titles and organisations live in the snapshots; only this page's listings are read.
        var listings = await ReviewListings.LoadAsync(db, rows.Select(r => r.AchievementId), rows.Select(r => r.DemandId), cancellationToken);
        var items = rows.Select(r =>
        {
            var (a, d) = (listings.Achievements[r.AchievementId], listings.Demands[r.DemandId]);
            return new QueueItem(r.MatchId, r.Status, r.Score, r.SuggestedAt, Math.Round((now - r.SuggestedAt).TotalDays, 2), r.ClaimedAt,
                me is not null && r.ReviewerId == me, r.Version,
                new QueueListing(a.Id, a.Title, a.Industry, a.Region, a.OwnerInstitution),
                new QueueListing(d.Id, d.Title, d.Industry, d.Region, d.Anonymous ? null : d.EnterpriseName));
        }).ToList();
        return new Paged<QueueItem>(items, page, size, total);
    }
}
