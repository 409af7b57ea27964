using JjjMatch.Contracts.Shared;

namespace JjjMatch.Contracts.Achievements;

/// <summary>The public face of an achievement: never carries the contact.</summary>
/// <param name="Version">
/// The achievement's own version (the one If-Match names), which every change raises: of two snapshots of one
/// achievement the higher version is the later state, whatever order they arrive in. Null from releases before it.
/// </param>
public sealed record AchievementSnapshot(
    Guid Id,
    string Title,
    string Summary,
    IReadOnlyList<string> Keywords,
    string Industry,
    string? TechnologyField,
    Maturity Maturity,
    IReadOnlyList<Patent> Patents,
    CooperationModes TransferModes,
    PriceRange AskingPrice,
    string OwnerInstitution,
    Guid OwnerId,
    Region Region,
    string Status,
    DateTimeOffset UpdatedAt,
    int? Version = null
);
