using FluentValidation;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Features.List;

/// <summary>
/// Query-string filters of GET /api/demands; every one is optional. Status defaults to open.
/// <paramref name="Maturity"/> reads "an achievement at this TRL qualifies": demands whose minimum is at most it, or
/// that set none.
/// <paramref name="BountyMin"/>/<paramref name="BountyMax"/> keep the demands whose bounty range overlaps the given
/// one.
/// </summary>
public sealed record ListDemands(
    string? Text,
    string? Industry,
    string? Province,
    string? City,
    int? Maturity,
    decimal? BountyMin,
    decimal? BountyMax,
    string? Status,
    DateOnly? DeadlineAfter,
    DateOnly? DeadlineBefore,
    int? Page,
    int? PageSize,
    string? Sort
) : IRequest<Paged<DemandResponse>>, IPagedQuery;

public sealed class ListDemandsValidator : AbstractValidator<ListDemands>
{
    public static readonly string[] SortKeys =
    [
        "deadline",
        "-deadline",
        "updatedAt",
        "-updatedAt",
        "openedAt",
        "-openedAt",
        "bounty",
        "-bounty",
        "title",
        "-title",
    ];

    public ListDemandsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Maturity)
            .InclusiveBetween(MaturityLevels.Min, MaturityLevels.Max)
            .When(q => q.Maturity is not null);
        RuleFor(q => q.BountyMin).InclusiveBetween(0, MoneyLimits.MaxAmount).When(q => q.BountyMin is not null);
        RuleFor(q => q.BountyMax).InclusiveBetween(0, MoneyLimits.MaxAmount).When(q => q.BountyMax is not null);
        RuleFor(q => q.BountyMin)
            .LessThanOrEqualTo(q => q.BountyMax)
            .When(q => q.BountyMin is not null && q.BountyMax is not null)
            .WithMessage("bountyMin must not be above bountyMax / 最低金额不能高于最高金额.");
        RuleFor(q => q.DeadlineAfter).WithinCalendar();
        RuleFor(q => q.DeadlineBefore).WithinCalendar();
        RuleFor(q => q.DeadlineAfter)
            .LessThanOrEqualTo(q => q.DeadlineBefore)
            .When(q => q.DeadlineAfter is not null && q.DeadlineBefore is not null)
            .WithMessage("deadlineAfter must not be later than deadlineBefore / 截止时间范围无效.");
        RuleFor(q => q.Text).MaximumLength(200);
        RuleFor(q => q.Province).IsEnumName<ListDemands, Province>();
        RuleFor(q => q.Status).IsEnumName<ListDemands, DemandStatus>();
        RuleFor(q => q.Sort)
            .Must(s => SortKeys.Contains(s))
            .When(q => q.Sort is not null)
            .WithMessage(
                $"Sort by one of: {string.Join(", ", SortKeys)} / 排序方式须为以下之一：{string.Join(", ", SortKeys)}."
            );
    }
}

public sealed class ListDemandsHandler(DemandsDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<ListDemands, Paged<DemandResponse>>
{
    public async Task<Paged<DemandResponse>> Handle(ListDemands q, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var status = EnumRules.Parse<DemandStatus>(q.Status) ?? DemandStatus.Open;
        var query = WithStatus(db.Demands.AsNoTracking(), status, now);
        if (status == DemandStatus.Draft)
        {
            // Drafts are their owner's alone; without an organisation there are none to show.
            var owner = user.OrganisationId;
            query = owner is null ? query.Where(_ => false) : query.Where(d => d.OwnerId == owner);
        }

        // Every word must occur; words split as the matcher splits them, so no character is query syntax.
        foreach (var term in SearchTerms.Of(q.Text))
        {
            query = query.Where(d => d.SearchText.Contains(term));
        }

        if (q.Industry is { Length: > 0 } industry)
        {
            query = query.Where(d => d.Industry == industry || d.Industry.StartsWith(industry + "-"));
        }

        if (EnumRules.Parse<Province>(q.Province) is { } province)
        {
            query = query.Where(d => d.Province == province);
        }

        if (q.City is { Length: > 0 } city)
        {
            query = query.Where(d => d.City == city);
        }

        if (q.Maturity is { } level)
        {
            query = query.Where(d => d.MinimumMaturityLevel == null || d.MinimumMaturityLevel <= level);
        }

        if (q.BountyMin is not null || q.BountyMax is not null)
        {
            // A negotiable bounty names no amount, so it cannot be said to fall in a range.
            query = query.Where(d => d.BountyMin != null || d.BountyMax != null);
        }

        if (q.BountyMin is { } bountyMin)
        {
            query = query.Where(d => d.BountyMax == null || d.BountyMax >= bountyMin);
        }

        if (q.BountyMax is { } bountyMax)
        {
            query = query.Where(d => d.BountyMin == null || d.BountyMin <= bountyMax);
        }

        // A deadline is a Beijing day, stored as the instant it ends (the list closes then).
        if (q.DeadlineAfter is { } after)
        {
            var from = BeijingTime.EndOf(after);
            query = query.Where(d => d.Deadline >= from);
        }

        if (q.DeadlineBefore is { } before)
        {
            var until = BeijingTime.EndOf(before);
            query = query.Where(d => d.Deadline <= until);
        }

        return await query.ToPagedAsync(
            all => Sort(all, q.Sort ?? "deadline"),
            q.Page,
            q.PageSize,
            d => DemandResponse.From(d, now),
            cancellationToken
        );
    }

    /// <summary>
    /// Open means open now: a demand past its deadline counts as expired before the expiry worker records it.
    /// </summary>
    private static IQueryable<Demand> WithStatus(IQueryable<Demand> query, DemandStatus status, DateTime now) =>
        status switch
        {
            DemandStatus.Open => query.Where(d => d.Status == DemandStatus.Open && d.Deadline > now),
            DemandStatus.Expired => query.Where(d =>
                d.Status == DemandStatus.Expired || (d.Status == DemandStatus.Open && d.Deadline <= now)
            ),
            _ => query.Where(d => d.Status == status),
        };

    // Bounty sorts by the most the enterprise would pay; negotiable ones come last either way on both providers.
    private static IOrderedQueryable<Demand> Sort(IQueryable<Demand> query, string sort) =>
        sort switch
        {
            "-deadline" => query.OrderByDescending(d => d.Deadline).ThenBy(d => d.Id),
            "updatedAt" => query.OrderBy(d => d.UpdatedAt).ThenBy(d => d.Id),
            "-updatedAt" => query.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id),
            "openedAt" => query.OrderBy(d => d.OpenedAt).ThenBy(d => d.Id),
            "-openedAt" => query.OrderByDescending(d => d.OpenedAt).ThenBy(d => d.Id),
            "bounty" => query
                .OrderBy(d => d.BountyMax == null && d.BountyMin == null)
                .ThenBy(d => d.BountyMax ?? d.BountyMin)
                .ThenBy(d => d.Id),
            "-bounty" => query
                .OrderBy(d => d.BountyMax == null && d.BountyMin == null)
                .ThenByDescending(d => d.BountyMax ?? d.BountyMin)
                .ThenBy(d => d.Id),
            "title" => query.OrderBy(d => d.Title).ThenBy(d => d.Id),
            "-title" => query.OrderByDescending(d => d.Title).ThenBy(d => d.Id),
            _ => query.OrderBy(d => d.Deadline).ThenBy(d => d.Id),
        };
}
