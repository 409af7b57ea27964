using FluentValidation;
using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.List;

/// <summary>
/// Query-string filters of GET /api/achievements; every one is optional. Status defaults to published.
/// </summary>
public sealed record ListAchievements(
    string? Text,
    string? Industry,
    string? Province,
    string? City,
    int? MaturityMin,
    int? MaturityMax,
    string? TransferMode,
    string? Status,
    int? Page,
    int? PageSize,
    string? Sort
) : IRequest<Paged<AchievementResponse>>, IPagedQuery;

public sealed class ListAchievementsValidator : AbstractValidator<ListAchievements>
{
    public static readonly string[] SortKeys =
    [
        "updatedAt",
        "-updatedAt",
        "publishedAt",
        "-publishedAt",
        "title",
        "-title",
        "maturity",
        "-maturity",
        "price",
        "-price",
    ];

    public ListAchievementsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.MaturityMin).InclusiveBetween(1, 9).When(q => q.MaturityMin is not null);
        RuleFor(q => q.MaturityMax).InclusiveBetween(1, 9).When(q => q.MaturityMax is not null);
        RuleFor(q => q.Text).MaximumLength(200);
        RuleFor(q => q.Province).IsEnumName<ListAchievements, Province>();
        RuleFor(q => q.TransferMode).IsEnumName<ListAchievements, CooperationModes>();
        RuleFor(q => q.Status).IsEnumName<ListAchievements, AchievementStatus>();
        RuleFor(q => q.Sort)
            .Must(s => SortKeys.Contains(s))
            .When(q => q.Sort is not null)
            .WithMessage(
                $"Sort by one of: {string.Join(", ", SortKeys)} / 排序方式须为以下之一：{string.Join(", ", SortKeys)}."
            );
    }
}

public sealed class ListAchievementsHandler(AchievementsDbContext db, CurrentUser user)
    : IRequestHandler<ListAchievements, Paged<AchievementResponse>>
{
    public async Task<Paged<AchievementResponse>> Handle(ListAchievements q, CancellationToken cancellationToken)
    {
        var status = EnumRules.Parse<AchievementStatus>(q.Status) ?? AchievementStatus.Published;
        var query = db.Achievements.AsNoTracking().Where(a => a.Status == status);
        if (status == AchievementStatus.Draft)
        {
            // Drafts are their owner's alone; without an organisation there are none to show.
            var owner = user.OrganisationId;
            query = owner is null ? query.Where(_ => false) : query.Where(a => a.OwnerId == owner);
        }

        // Every word must occur; words split as the matcher splits them, so no character is query syntax.
        foreach (var term in SearchTerms.Of(q.Text))
        {
            query = query.Where(a => a.SearchText.Contains(term));
        }

        if (q.Industry is { Length: > 0 } industry)
        {
            query =
                Industries.ParentOf(industry) == industry
                    ? query.Where(a => a.IndustryParent == industry)
                    : query.Where(a => a.Industry == industry);
        }

        if (EnumRules.Parse<Province>(q.Province) is { } province)
        {
            query = query.Where(a => a.Province == province);
        }

        if (q.City is { Length: > 0 } city)
        {
            query = query.Where(a => a.City == city);
        }

        if (q.MaturityMin is { } min)
        {
            query = query.Where(a => a.MaturityLevel >= min);
        }

        if (q.MaturityMax is { } max)
        {
            query = query.Where(a => a.MaturityLevel <= max);
        }

        if (EnumRules.Parse<CooperationModes>(q.TransferMode) is { } mode and not CooperationModes.None)
        {
            query = query.Where(a => (a.TransferModes & mode) != CooperationModes.None);
        }

        var pageSize = Paging.Cap(q.PageSize);
        var page = q.Page ?? 1;
        var total = await query.CountAsync(cancellationToken);
        var items = await Sort(query, q.Sort ?? "-updatedAt")
            .Skip(Paging.Offset(page, pageSize))
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new Paged<AchievementResponse>(items.Select(AchievementResponse.From).ToList(), page, pageSize, total);
    }

    private static IQueryable<Achievement> Sort(IQueryable<Achievement> query, string sort) =>
        sort switch
        {
            "updatedAt" => query.OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id),
            "publishedAt" => query.OrderBy(a => a.PublishedAt).ThenBy(a => a.Id),
            "-publishedAt" => query.OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id),
            "title" => query.OrderBy(a => a.Title).ThenBy(a => a.Id),
            "-title" => query.OrderByDescending(a => a.Title).ThenBy(a => a.Id),
            "maturity" => query.OrderBy(a => a.MaturityLevel).ThenBy(a => a.Id),
            "-maturity" => query.OrderByDescending(a => a.MaturityLevel).ThenBy(a => a.Id),
            "price" => query.OrderBy(a => a.PriceMin).ThenBy(a => a.Id),
            "-price" => query.OrderByDescending(a => a.PriceMin).ThenBy(a => a.Id),
            _ => query.OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id),
        };
}
