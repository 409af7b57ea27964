using FluentValidation;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Matching.Matches;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Features.Matches;

/// <summary>Suggestions for one demand or one achievement, best first (GET /api/matches).</summary>
public sealed record ListMatches(Guid? DemandId, Guid? AchievementId, string? Status, int? Page, int? PageSize)
    : IRequest<Paged<MatchResponse>>;

public sealed record GetMatch(Guid Id) : IRequest<MatchResponse>;

public sealed class ListMatchesValidator : AbstractValidator<ListMatches>
{
    public ListMatchesValidator()
    {
        RuleFor(q => q.DemandId).NotNull().When(q => q.AchievementId is null)
            .WithMessage("Name a demandId or an achievementId / 请指定需求或成果.");
        RuleFor(q => q.Status).IsEnumName<ListMatches, MatchStatus>();
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).When(q => q.Page is not null);
    }
}

public sealed class MatchQueriesHandler(MatchingDbContext db, CurrentUser user) : IRequestHandler<ListMatches, Paged<MatchResponse>>, IRequestHandler<GetMatch, MatchResponse>
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
        var items = await matches.OrderByDescending(m => m.Score).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<MatchResponse>(await WithTitlesAsync(items, cancellationToken), page, pageSize, total);
    }

    public async Task<MatchResponse> Handle(GetMatch request, CancellationToken cancellationToken)
    {
        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Match", request.Id);
        if (!IsBroker && !await OwnsAnyAsync(match.AchievementId, match.DemandId, cancellationToken))
        {
            throw new ForbiddenException("Only the owners of the two listings, brokers and the operator see a match / 仅双方、中介和平台可查看.");
        }

        return (await WithTitlesAsync([match], cancellationToken))[0];
    }

    /// <summary>Brokers review every suggestion (and the operator oversees them); otherwise only the listings' owners.</summary>
    private bool IsBroker => user.IsSystem || user.IsInRole(Roles.Intermediary, Roles.Operator);

    /// <summary>True when the caller may list; false when no named listing is known here yet; 403 for someone else's listing.</summary>
    private async Task<bool> MayListAsync(Guid? achievementId, Guid? demandId, CancellationToken cancellationToken)
    {
        var owners = await OwnersAsync(achievementId, demandId, cancellationToken);
        if (owners.Count == 0)
        {
            return false;
        }

        if (!IsBroker && !owners.Any(user.Owns))
        {
            throw new ForbiddenException("Only the listing's owner, brokers and the operator see its suggestions / 仅所属机构、中介和平台可查看.");
        }

        return true;
    }

    private async Task<bool> OwnsAnyAsync(Guid achievementId, Guid demandId, CancellationToken cancellationToken) =>
        (await OwnersAsync(achievementId, demandId, cancellationToken)).Any(user.Owns);

    /// <summary>The owners of the named listings, from the matcher's own copies (snapshots carry the owner organisation).</summary>
    private async Task<List<Guid>> OwnersAsync(Guid? achievementId, Guid? demandId, CancellationToken cancellationToken)
    {
        var owners = new List<Guid>();
        if (achievementId is { } a && await db.Achievements.AsNoTracking().FirstOrDefaultAsync(l => l.Id == a, cancellationToken) is { } achievement)
        {
            owners.Add(achievement.Snapshot.OwnerId);
        }

        if (demandId is { } d && await db.Demands.AsNoTracking().FirstOrDefaultAsync(l => l.Id == d, cancellationToken) is { } demand)
        {
            owners.Add(demand.Snapshot.OwnerId);
        }

        return owners;
    }

    private async Task<List<MatchResponse>> WithTitlesAsync(List<Match> matches, CancellationToken cancellationToken)
    {
        var achievementIds = matches.Select(m => m.AchievementId).Distinct().ToList();
        var demandIds = matches.Select(m => m.DemandId).Distinct().ToList();
        var achievements = (await db.Achievements.AsNoTracking().Where(a => achievementIds.Contains(a.Id)).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Id, a => a.Snapshot.Title);
        var demands = (await db.Demands.AsNoTracking().Where(d => demandIds.Contains(d.Id)).ToListAsync(cancellationToken))
            .ToDictionary(d => d.Id, d => d.Snapshot.Title);
        return matches.Select(m => new MatchResponse(
            m.Id, m.AchievementId, achievements.GetValueOrDefault(m.AchievementId), m.DemandId, demands.GetValueOrDefault(m.DemandId),
            m.Score, m.Factors, m.MatchedTerms, m.Status, m.WithdrawnReason, m.SuggestedAt, m.UpdatedAt)).ToList();
    }
}
