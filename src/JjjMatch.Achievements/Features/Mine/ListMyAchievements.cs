using FluentValidation;
using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Features.Mine;

/// <summary>
/// The owner's view (GET /api/achievements/mine): its own achievements of any status, newest change first, with the
/// contact.
/// </summary>
public sealed record ListMyAchievements(string? Status, int? Page, int? PageSize)
    : IRequest<Paged<OwnedAchievementResponse>>,
        IPagedQuery;

/// <summary>What only the owning organisation sees: the public view plus the contact.</summary>
public sealed record OwnedAchievementResponse(AchievementResponse Achievement, Contact Contact);

public sealed class ListMyAchievementsValidator : AbstractValidator<ListMyAchievements>
{
    public ListMyAchievementsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status).IsEnumName<ListMyAchievements, AchievementStatus>();
    }
}

public sealed class ListMyAchievementsHandler(AchievementsDbContext db, CurrentUser user)
    : IRequestHandler<ListMyAchievements, Paged<OwnedAchievementResponse>>
{
    public async Task<Paged<OwnedAchievementResponse>> Handle(ListMyAchievements q, CancellationToken cancellationToken)
    {
        var owner = user.OrganisationId;
        var query = db.Achievements.AsNoTracking().Where(a => a.OwnerId == owner);
        if (EnumRules.Parse<AchievementStatus>(q.Status) is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        return await query.ToPagedAsync(
            all => all.OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id),
            q.Page,
            q.PageSize,
            a => new OwnedAchievementResponse(AchievementResponse.From(a), a.Contact),
            cancellationToken
        );
    }
}
