using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Matching.Engine.Matches;
using MediatR;

namespace JjjMatch.Matching.Brokerage.Review;

/// <summary>
/// Which pending pairs the queue shows: unclaimed (default), claimed by anyone, claimed by the caller, or both states.
/// </summary>
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
    int? PageSize
) : IRequest<Paged<QueueItem>>, IPagedQuery;

/// <summary>
/// One side of a queued pair as anyone may see it: no contact, no anonymous enterprise's name; whether its
/// organisation is suspended (the pair stays with the brokers, docs/accounts.md).
/// </summary>
public sealed record QueueListing(
    Guid Id,
    string Title,
    string Industry,
    Region Region,
    string? Organisation,
    bool OwnerSuspended = false
);

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
    QueueListing Demand
);

public sealed class ReviewQueueValidator : AbstractValidator<ReviewQueue>
{
    public ReviewQueueValidator()
    {
        RuleFor(q => q.Status).IsEnumName<ReviewQueue, QueueStatus>();
        RuleFor(q => q.Region).IsEnumName<ReviewQueue, Province>();
        RuleFor(q => q.Industry)
            .Must(Industries.IsKnown)
            .When(q => q.Industry is not null)
            .WithMessage("Unknown industry code; see /api/taxonomy/industries / 行业代码无效.");
        RuleFor(q => q.MinScore)
            .InclusiveBetween(0, 1)
            .When(q => q.MinScore is not null)
            .WithMessage("minScore must be between 0 and 1 / 最低分须在 0 到 1 之间.");
        RuleFor(q => q.MaxAgeDays).InclusiveBetween(1, 3650).When(q => q.MaxAgeDays is not null);
        RuleFor(q => q.SuggestedAfter).WithinCalendar();
        RuleFor(q => q.SuggestedBefore).WithinCalendar();
        RuleFor(q => q.SuggestedAfter)
            .LessThanOrEqualTo(q => q.SuggestedBefore)
            .When(q => q.SuggestedAfter is not null && q.SuggestedBefore is not null)
            .WithMessage("suggestedAfter must not be later than suggestedBefore / 时间范围无效.");
        this.AddPagingRules();
    }
}
