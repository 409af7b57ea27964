using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Persistence;

namespace JjjMatch.Matching.Brokerage.Review;

/// <summary>
/// A match with what coverage, the queue's filters and the feedback list read of its two listings, queryable in the
/// database.
/// </summary>
public sealed class PairFacts
{
    public Guid MatchId { get; init; }

    public MatchStatus Status { get; init; }

    public double Score { get; init; }

    public DateTime SuggestedAt { get; init; }

    public DateTime? ClaimedAt { get; init; }

    public Guid? ReviewerId { get; init; }

    public int Version { get; init; }

    public Guid AchievementId { get; init; }

    public Province AchievementProvince { get; init; }

    public string AchievementIndustry { get; init; } = "";

    public string AchievementIndustryParent { get; init; } = "";

    public Guid AchievementOwnerId { get; init; }

    public Guid DemandId { get; init; }

    public Province DemandProvince { get; init; }

    public string DemandIndustry { get; init; } = "";

    public string DemandIndustryParent { get; init; } = "";

    public Guid DemandOwnerId { get; init; }
}

public static class PairFactsQueries
{
    /// <summary>The matches with their listings' facts; a match whose listing copies are missing is left out.</summary>
    public static IQueryable<PairFacts> WithFacts(this MatchingDbContext db, IQueryable<Match> matches) =>
        from m in matches
        join a in db.Achievements on m.AchievementId equals a.Id
        join d in db.Demands on m.DemandId equals d.Id
        select new PairFacts
        {
            MatchId = m.Id,
            Status = m.Status,
            Score = m.Score,
            SuggestedAt = m.SuggestedAt,
            ClaimedAt = m.ClaimedAt,
            ReviewerId = m.ReviewerId,
            Version = m.Version,
            AchievementId = a.Id,
            AchievementProvince = a.Province,
            AchievementIndustry = a.Industry,
            AchievementIndustryParent = a.IndustryParent,
            AchievementOwnerId = a.OwnerId,
            DemandId = d.Id,
            DemandProvince = d.Province,
            DemandIndustry = d.Industry,
            DemandIndustryParent = d.IndustryParent,
            DemandOwnerId = d.OwnerId,
        };

    /// <summary>Either side in <paramref name="province"/>.</summary>
    public static IQueryable<PairFacts> InProvince(this IQueryable<PairFacts> pairs, Province province) =>
        pairs.Where(p => p.AchievementProvince == province || p.DemandProvince == province);

    /// <summary>Either side's industry, or its parent (电子信息 for 电子信息-人工智能), is <paramref name="industry"/>.</summary>
    public static IQueryable<PairFacts> InIndustry(this IQueryable<PairFacts> pairs, string industry) =>
        pairs.Where(p =>
            p.AchievementIndustry == industry
            || p.AchievementIndustryParent == industry
            || p.DemandIndustry == industry
            || p.DemandIndustryParent == industry
        );
}
