using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Engine.Scoring;

namespace JjjMatch.Matching.Engine.Matches;

/// <summary>An (achievement, demand) pair worth a broker's look, with its score and why.</summary>
public sealed class Match
{
    private readonly List<MatchStep> steps = [];

    private Match() { }

    public Guid Id { get; private set; }

    public Guid AchievementId { get; private set; }

    public Guid DemandId { get; private set; }

    public double Score { get; private set; }

    public List<MatchFactor> Factors { get; private set; } = [];

    public List<string> MatchedTerms { get; private set; } = [];

    public MatchOrigin Origin { get; private set; }

    public MatchStatus Status { get; private set; }

    public string? WithdrawnReason { get; private set; }

    public DateTime SuggestedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>The broker (user) reviewing or who reviewed the pair, and the broker's organisation.</summary>
    public Guid? ReviewerId { get; private set; }

    public Guid? ReviewerOrganisationId { get; private set; }

    public DateTime? ClaimedAt { get; private set; }

    /// <summary>When the pair was accepted or rejected.</summary>
    public DateTime? DecidedAt { get; private set; }

    public RejectionReason? RejectionReason { get; private set; }

    public string? RejectionNote { get; private set; }

    /// <summary>Still waiting for a broker's decision: the only states the matcher itself may change.</summary>
    public bool IsPending => Status is MatchStatus.Suggested or MatchStatus.Claimed;

    public static Match Suggest(ScoredMatch found, MatchOrigin origin, DateTime now)
    {
        var match = new Match
        {
            Id = Guid.CreateVersion7(),
            AchievementId = found.AchievementId,
            DemandId = found.DemandId,
            Origin = origin,
            SuggestedAt = now,
        };
        match.Rescore(found.Score, now);
        match.Touch(now);
        return match;
    }

    /// <summary>
    /// The matcher's bookkeeping, not a change of state: the version stays, so a broker's claim or decision made while
    /// a
    /// listing is re-scored is not refused as stale (the two write different columns; a rescore that loses is retried).
    /// </summary>
    public void Rescore(MatchScore score, DateTime now)
    {
        Score = Math.Round(score.Total, 4);
        Factors = score.Factors.Select(f => f with { Contribution = Math.Round(f.Contribution, 4) }).ToList();
        MatchedTerms = score.MatchedTerms.Take(20).ToList();
        UpdatedAt = now;
    }

    /// <summary>A pair dropped earlier can come back when a listing changes again.</summary>
    public void SuggestAgain(MatchScore score, MatchOrigin origin, DateTime now)
    {
        if (Status != MatchStatus.Withdrawn)
        {
            throw new ConflictException($"Match {Id} is {Status}, not withdrawn.");
        }

        Status = MatchStatus.Suggested;
        Origin = origin;
        WithdrawnReason = null;
        SuggestedAt = now;
        Rescore(score, now);
        Touch(now);
    }

    /// <summary>
    /// Takes a pending pair off the table. A claimed pair takes a step acted by <see cref="Reviewer.Matcher"/>:
    /// the broker's claim ends there, and the trail says why.
    /// </summary>
    public void Withdraw(string reason, DateTime now)
    {
        if (!IsPending)
        {
            throw new ConflictException($"Match {Id} is {Status}; a decided match is not withdrawn.");
        }

        var previous = Status;
        Status = MatchStatus.Withdrawn;
        WithdrawnReason = reason;
        ReviewerId = null;
        ReviewerOrganisationId = null;
        ClaimedAt = null;
        if (previous != MatchStatus.Claimed)
        {
            Touch(now);
            return;
        }

        Record(MatchAction.Withdraw, previous, Reviewer.Matcher, now, note: reason);
    }

    public void Claim(Reviewer broker, DateTime now)
    {
        var previous = Require(MatchStatus.Suggested, "claimed / 认领");
        Status = MatchStatus.Claimed;
        ReviewerId = broker.UserId;
        ReviewerOrganisationId = broker.OrganisationId;
        ClaimedAt = now;
        Record(MatchAction.Claim, previous, broker, now);
    }

    public void Release(Reviewer broker, DateTime now)
    {
        var previous = RequireClaimedBy(broker);
        Status = MatchStatus.Suggested;
        ReviewerId = null;
        ReviewerOrganisationId = null;
        ClaimedAt = null;
        Record(MatchAction.Release, previous, broker, now);
    }

    public void Accept(Reviewer broker, DateTime now)
    {
        var previous = RequireClaimedBy(broker);
        Status = MatchStatus.Accepted;
        DecidedAt = now;
        Record(MatchAction.Accept, previous, broker, now);
    }

    public void Reject(Reviewer broker, RejectionReason reason, string? note, DateTime now)
    {
        var previous = RequireClaimedBy(broker);
        Status = MatchStatus.Rejected;
        DecidedAt = now;
        RejectionReason = reason;
        RejectionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Record(MatchAction.Reject, previous, broker, now, reason, RejectionNote);
    }

    /// <summary>The review steps taken since the last call; saving the match writes them to its audit trail.</summary>
    public IReadOnlyList<MatchStep> TakeSteps()
    {
        var taken = steps.ToList();
        steps.Clear();
        return taken;
    }

    public MatchSuggested ToSuggestedEvent(DateTimeOffset now) =>
        new(
            Guid.CreateVersion7(),
            now,
            MatchingEvents.Producer,
            Id,
            AchievementId,
            DemandId,
            Score,
            MatchedTerms,
            Factors
        );

    public MatchRescored ToRescoredEvent(double previousScore, DateTimeOffset now) =>
        new(
            Guid.CreateVersion7(),
            now,
            MatchingEvents.Producer,
            Id,
            AchievementId,
            DemandId,
            previousScore,
            Score,
            MatchedTerms
        );

    private MatchStatus Require(MatchStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new ConflictException($"Match {Id} is {Status} and cannot be {action}.");
        }

        return Status;
    }

    private MatchStatus RequireClaimedBy(Reviewer broker)
    {
        Require(MatchStatus.Claimed, "decided before it is claimed / 须先认领");
        if (ReviewerId != broker.UserId)
        {
            throw new ConflictException($"Match {Id} is claimed by another broker / 已被其他经纪人认领.");
        }

        return Status;
    }

    private void Record(
        MatchAction action,
        MatchStatus previous,
        Reviewer broker,
        DateTime now,
        RejectionReason? reason = null,
        string? note = null
    )
    {
        Touch(now);
        steps.Add(new MatchStep(Id, action, previous, Status, broker, now, reason, note));
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }
}
