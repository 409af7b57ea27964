using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Review;

/// <summary>
/// Every review step: only for pairs in the broker's coverage (403), only from the right state (409), and the step's
/// audit row (and, for accept and reject, its event) saved with the change. Two brokers acting at once: the match's
/// version makes the second save fail (409).
/// </summary>
public sealed class ReviewDecisionHandler(MatchingDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<ClaimMatch, MatchResponse>,
        IRequestHandler<ReleaseMatch, MatchResponse>,
        IRequestHandler<AcceptMatch, MatchResponse>,
        IRequestHandler<RejectMatch, MatchResponse>
{
    public Task<MatchResponse> Handle(ClaimMatch request, CancellationToken cancellationToken) =>
        DecideAsync(
            request.Id,
            request.ExpectedVersion,
            (match, broker, pair, now) =>
            {
                user.EnsureApproved();
                EnsureTwoOrganisations(pair);
                match.Claim(broker, now.UtcDateTime);
                db.AddIntegrationEvent(
                    new MatchClaimed(
                        Guid.CreateVersion7(),
                        now,
                        MatchingEvents.Producer,
                        match.Id,
                        match.AchievementId,
                        match.DemandId,
                        broker.OrganisationId
                    )
                );
            },
            cancellationToken
        );

    public Task<MatchResponse> Handle(ReleaseMatch request, CancellationToken cancellationToken) =>
        DecideAsync(
            request.Id,
            request.ExpectedVersion,
            (match, broker, _, now) => match.Release(broker, now.UtcDateTime),
            cancellationToken
        );

    public Task<MatchResponse> Handle(AcceptMatch request, CancellationToken cancellationToken) =>
        DecideAsync(
            request.Id,
            request.ExpectedVersion,
            (match, broker, pair, now) =>
            {
                EnsureTwoOrganisations(pair);
                match.Accept(broker, now.UtcDateTime);
                db.AddIntegrationEvent(
                    new MatchAccepted(
                        Guid.CreateVersion7(),
                        now,
                        MatchingEvents.Producer,
                        match.Id,
                        match.AchievementId,
                        pair.AchievementOwnerId,
                        match.DemandId,
                        pair.DemandOwnerId,
                        broker.OrganisationId
                    )
                );
            },
            cancellationToken
        );

    public Task<MatchResponse> Handle(RejectMatch request, CancellationToken cancellationToken) =>
        DecideAsync(
            request.Id,
            request.ExpectedVersion,
            (match, broker, _, now) =>
            {
                var reason = EnumRules.Parse<RejectionReason>(request.Body.Reason)!.Value;
                match.Reject(broker, reason, request.Body.Note, now.UtcDateTime);
                db.AddIntegrationEvent(
                    new MatchRejected(
                        Guid.CreateVersion7(),
                        now,
                        MatchingEvents.Producer,
                        match.Id,
                        match.AchievementId,
                        match.DemandId,
                        ReasonName(reason),
                        match.RejectionNote
                    )
                );
            },
            cancellationToken
        );

    /// <summary>The reason as the API writes it (camelCase), so the event and the responses agree.</summary>
    public static string ReasonName(RejectionReason reason) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    /// <summary>
    /// An organisation holding both a university and an enterprise token could otherwise be introduced to itself and
    /// record a self-deal; a pair made before this rule can still be released or rejected.
    /// </summary>
    private static void EnsureTwoOrganisations(PairFacts pair)
    {
        if (pair.AchievementOwnerId == pair.DemandOwnerId)
        {
            throw new ConflictException(
                "Both sides of this pair belong to the same organisation; only two organisations can be introduced "
                    + "/ 供需双方属于同一机构，不能撮合."
            );
        }
    }

    private async Task<MatchResponse> DecideAsync(
        Guid id,
        int? expectedVersion,
        Action<Match, Reviewer, PairFacts, DateTimeOffset> step,
        CancellationToken cancellationToken
    )
    {
        var match = await db.Matches.FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotFoundException("Match", id);
        var pair = await BrokerCoverage
            .Of(user)
            .Apply(db.WithFacts(db.Matches.AsNoTracking().Where(m => m.Id == id)))
            .FirstOrDefaultAsync(cancellationToken);
        if (pair is null)
        {
            throw new ForbiddenException(
                "This pair is outside the regions and industries you cover / 不在您负责的地区和行业范围内."
            );
        }

        if (expectedVersion is not null && expectedVersion != match.Version)
        {
            throw new ConflictException(
                $"The match is at version {match.Version}, not " + $"{expectedVersion}; reload it and try again."
            );
        }

        var broker = new Reviewer(
            user.UserId ?? throw new ForbiddenException("The token names no user / 令牌缺少用户."),
            user.OrganisationId ?? throw new ForbiddenException("The token names no organisation / 令牌缺少机构.")
        );
        if (broker.OrganisationId == pair.AchievementOwnerId || broker.OrganisationId == pair.DemandOwnerId)
        {
            // A broker is the neutral third party of an introduction (and is named as such in the deal).
            throw new ForbiddenException(
                "Your organisation is a side of this pair; another broker must review it "
                    + "/ 本机构是该匹配的一方，须由其他中介审核."
            );
        }

        step(match, broker, pair, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (await db.WithTitlesAsync([match], cancellationToken))[0];
    }
}
