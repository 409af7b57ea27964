using JjjMatch.Contracts.Demands;

namespace JjjMatch.Bench.Speed.Generation;

/// <summary>
/// Listings by position: the i-th achievement or demand is always the same one, whatever else is asked for,
/// so a 10,000-listing market is the first tenth of the 100,000-listing one.
/// </summary>
public interface IListingSource
{
    /// <summary>What the table calls this source, e.g. "generated (seed 7)".</summary>
    string Description { get; }

    GeneratedAchievement Achievement(int index);

    DemandSnapshot Demand(int index);
}

/// <summary>An achievement as its owner wrote it, with the contact that only the achievements service keeps.</summary>
public sealed record GeneratedAchievement(
    JjjMatch.Contracts.Achievements.AchievementSnapshot Snapshot,
    string ContactName,
    string ContactPhone
);
