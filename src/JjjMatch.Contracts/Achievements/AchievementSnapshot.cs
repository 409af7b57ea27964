using JjjMatch.Contracts.Shared;

namespace JjjMatch.Contracts.Achievements;

/// <summary>The public face of an achievement: never carries the contact.</summary>
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
    DateTimeOffset UpdatedAt
);
