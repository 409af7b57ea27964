using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Review;

/// <summary>A match's audit trail (GET /api/matches/{id}/history, 审核记录), oldest step first.</summary>
public sealed record GetMatchHistory(Guid Id) : IRequest<IReadOnlyList<MatchDecisionResponse>>;

/// <summary>One review step: who (user and organisation), when, what, and from which state to which.</summary>
public sealed record MatchDecisionResponse(
    Guid Id,
    Guid MatchId,
    MatchAction Action,
    MatchStatus PreviousStatus,
    MatchStatus NewStatus,
    Guid ActorId,
    Guid ActorOrganisationId,
    DateTime At,
    RejectionReason? RejectionReason,
    string? Note
)
{
    public static MatchDecisionResponse From(MatchDecision d) =>
        new(
            d.Id,
            d.MatchId,
            d.Action,
            d.PreviousStatus,
            d.NewStatus,
            d.ActorId,
            d.ActorOrganisationId,
            d.At,
            d.RejectionReason,
            d.Note
        );
}

public sealed class GetMatchHistoryHandler(MatchingDbContext db, CurrentUser user)
    : IRequestHandler<GetMatchHistory, IReadOnlyList<MatchDecisionResponse>>
{
    public async Task<IReadOnlyList<MatchDecisionResponse>> Handle(
        GetMatchHistory request,
        CancellationToken cancellationToken
    )
    {
        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Match", request.Id);
        await db.EnsureCanReadAsync(user, match, cancellationToken);
        var decisions = await db
            .MatchDecisions.AsNoTracking()
            .Where(d => d.MatchId == match.Id)
            .ToListAsync(cancellationToken);
        return decisions.OrderBy(d => d.At).ThenBy(d => d.Id).Select(MatchDecisionResponse.From).ToList();
    }
}
