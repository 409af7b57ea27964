using FluentValidation;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Engine.Matches;

/// <summary>Suggestions for one demand or one achievement, best first (GET /api/matches).</summary>
public sealed record ListMatches(Guid? DemandId, Guid? AchievementId, string? Status, int? Page, int? PageSize)
    : IRequest<Paged<MatchResponse>>,
        IPagedQuery;

public sealed record GetMatch(Guid Id) : IRequest<MatchResponse>;

public sealed class ListMatchesValidator : AbstractValidator<ListMatches>
{
    public ListMatchesValidator()
    {
        RuleFor(q => q.DemandId)
            .NotNull()
            .When(q => q.AchievementId is null)
            .WithMessage("Name a demandId or an achievementId / 请指定需求或成果.");
        RuleFor(q => q.Status).IsEnumName<ListMatches, MatchStatus>();
        this.AddPagingRules();
    }
}

public sealed class MatchQueriesHandler(MatchingDbContext db, CurrentUser user)
    : IRequestHandler<ListMatches, Paged<MatchResponse>>,
        IRequestHandler<GetMatch, MatchResponse>
{
    public async Task<Paged<MatchResponse>> Handle(ListMatches q, CancellationToken cancellationToken)
    {
        var page = q.Page ?? 1;
        var pageSize = Paging.Cap(q.PageSize);
        if (!await MayListAsync(q.AchievementId, q.DemandId, cancellationToken))
        {
            // None of the named listings has reached the matcher yet: there is nothing to show, and nothing to reveal.
            return new Paged<MatchResponse>([], page, pageSize, 0);
        }

        var status = EnumRules.Parse<MatchStatus>(q.Status) ?? MatchStatus.Suggested;
        var matches = db.Matches.AsNoTracking().Where(m => m.Status == status);
        if (q.DemandId is { } demandId)
        {
            matches = matches.Where(m => m.DemandId == demandId);
        }

        if (q.AchievementId is { } achievementId)
        {
            matches = matches.Where(m => m.AchievementId == achievementId);
        }

        var total = await matches.CountAsync(cancellationToken);
        var items = await matches
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Id)
            .Skip(Paging.Offset(page, pageSize))
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new Paged<MatchResponse>(await db.WithTitlesAsync(items, cancellationToken), page, pageSize, total);
    }

    public async Task<MatchResponse> Handle(GetMatch request, CancellationToken cancellationToken)
    {
        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Match", request.Id);
        await db.EnsureCanReadAsync(user, match, cancellationToken);
        return (await db.WithTitlesAsync([match], cancellationToken))[0];
    }

    /// <summary>
    /// True when the caller may list; false when no named listing is known here yet; 403 for someone else's listing.
    /// </summary>
    private async Task<bool> MayListAsync(Guid? achievementId, Guid? demandId, CancellationToken cancellationToken)
    {
        var owners = await db.OwnersAsync(achievementId, demandId, cancellationToken);
        if (owners.Count == 0)
        {
            return false;
        }

        if (!user.IsBrokerOrOperator() && !owners.Any(user.Owns))
        {
            throw new ForbiddenException(
                "Only the listing's owner, brokers and the "
                    + "operator see its suggestions / 仅所属机构、中介和平台可查看."
            );
        }

        return true;
    }
}
