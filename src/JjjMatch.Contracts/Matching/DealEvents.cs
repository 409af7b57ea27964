namespace JjjMatch.Contracts.Matching;

/// <summary>
/// A technology contract was signed on an accepted match and recorded by its broker or the operator. Carries ids,
/// figures and provinces only: party names stay in the matching service, where only the deal's parties see them.
/// </summary>
public sealed record DealRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid DealId,
    Guid MatchId,
    Guid AchievementId,
    Guid DemandId,
    string ContractType,
    decimal Amount,
    decimal TechnologyAmount,
    DateOnly SignedOn,
    string SellerProvince,
    string BuyerProvince,
    Guid BrokerOrganisationId
) : IIntegrationEvent;
