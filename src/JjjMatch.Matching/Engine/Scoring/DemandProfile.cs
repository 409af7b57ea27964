using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Engine.Scoring;

/// <summary>
/// The matcher's view of a demand ("open list"). Null (or <see cref="CooperationModes.None"/>) means unknown, which
/// every factor treats as neutral.
/// </summary>
public sealed record DemandProfile(
    Guid Id,
    bool IsOpen,
    string Title,
    string Description,
    DateTimeOffset? Deadline = null,
    string? Industry = null,
    Maturity? MinimumMaturity = null,
    Region? Region = null,
    PriceRange? Bounty = null,
    CooperationModes AcceptedModes = CooperationModes.None
);
