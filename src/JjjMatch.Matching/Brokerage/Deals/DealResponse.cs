using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Brokerage.Deals;

/// <summary>
/// A recorded deal as its parties, its broker and the operator see it: no contacts, no organisation ids of the posters.
/// </summary>
public sealed record DealResponse(
    Guid Id,
    Guid MatchId,
    Guid AchievementId,
    Guid DemandId,
    ContractType ContractType,
    string ContractTypeName,
    decimal Amount,
    decimal TechnologyAmount,
    DateOnly SignedOn,
    string? ContractNumber,
    string Title,
    PartyResponse Seller,
    PartyResponse Buyer,
    string Industry,
    string? TechnologyField,
    Guid BrokerOrganisationId,
    string? BrokerName,
    DateTime AcceptedAt,
    DateTime RecordedAt
)
{
    public static DealResponse From(Deal d) =>
        new(
            d.Id,
            d.MatchId,
            d.AchievementId,
            d.DemandId,
            d.ContractType,
            d.ContractType.ChineseName(),
            d.Amount,
            d.TechnologyAmount,
            d.SignedOn,
            d.ContractNumber,
            d.Title,
            new(d.SellerName, d.SellerProvince, d.SellerProvince.ChineseName()),
            new(d.BuyerName, d.BuyerProvince, d.BuyerProvince.ChineseName()),
            d.Industry,
            d.TechnologyField,
            d.BrokerOrganisationId,
            d.BrokerName,
            d.AcceptedAt,
            d.RecordedAt
        );
}

public sealed record PartyResponse(string Name, Province Province, string ProvinceName);
