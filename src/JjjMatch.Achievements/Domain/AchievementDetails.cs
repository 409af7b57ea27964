using JjjMatch.Contracts.Shared;

namespace JjjMatch.Achievements.Domain;

/// <summary>Everything an owner writes about an achievement; validated before it reaches the entity.</summary>
public sealed record AchievementDetails(
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
    Region Region,
    Contact Contact
);
