using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Engine.Scoring;

/// <summary>
/// The matcher's view of an achievement. Null (or <see cref="CooperationModes.None"/>) means unknown, which every
/// factor treats as neutral.
/// </summary>
public sealed record AchievementProfile(
    Guid Id,
    bool IsPublished,
    string Title,
    string Summary,
    IReadOnlyList<string> Keywords,
    string? Industry = null,
    Maturity? Maturity = null,
    Region? Region = null,
    PriceRange? AskingPrice = null,
    CooperationModes TransferModes = CooperationModes.None,
    int GrantedInventionPatents = 0,
    int GrantedOtherPatents = 0
);
