using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Scoring;

namespace JjjMatch.Matching.Matches;

public enum MatchStatus
{
    Suggested,
    Withdrawn,
}

/// <summary>Whose search found the pair: only that side's later searches may drop it again.</summary>
public enum MatchOrigin
{
    Demand,
    Achievement,
}

/// <summary>An (achievement, demand) pair worth a broker's look, with its score and why.</summary>
public sealed class Match
{
    private Match()
    {
    }

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
        return match;
    }

    public void Rescore(MatchScore score, DateTime now)
    {
        Score = Math.Round(score.Total, 4);
        Factors = score.Factors.Select(f => f with { Contribution = Math.Round(f.Contribution, 4) }).ToList();
        MatchedTerms = score.MatchedTerms.Take(20).ToList();
        Touch(now);
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
    }

    public void Withdraw(string reason, DateTime now)
    {
        Status = MatchStatus.Withdrawn;
        WithdrawnReason = reason;
        Touch(now);
    }

    public MatchSuggested ToSuggestedEvent(DateTimeOffset now) =>
        new(Guid.CreateVersion7(), now, MatchingEvents.Producer, Id, AchievementId, DemandId, Score, MatchedTerms, Factors);

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }
}
