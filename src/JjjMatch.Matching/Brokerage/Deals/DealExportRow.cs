namespace JjjMatch.Matching.Brokerage.Deals;

/// <summary>
/// One deal as a technology-contract registration form (技术合同认定登记) asks for it; the columns and their order are
/// documented in docs/deals-and-statistics.md. Provinces are Chinese names (北京), as the form writes them.
/// </summary>
public sealed record DealExportRow(
    string? ContractNumber,
    string ContractName,
    string ContractType,
    string ContractTypeCode,
    decimal Amount,
    decimal TechnologyAmount,
    DateOnly SignedOn,
    string SellerName,
    string SellerProvince,
    string BuyerName,
    string BuyerProvince,
    string? TechnologyField,
    string Industry,
    Guid MatchId,
    Guid DealId,
    Guid BrokerOrganisationId,
    string? BrokerName
)
{
    public static DealExportRow From(Deal d) =>
        new(
            d.ContractNumber,
            d.Title,
            d.ContractType.ChineseName(),
            d.ContractType.Code(),
            d.Amount,
            d.TechnologyAmount,
            d.SignedOn,
            d.SellerName,
            d.SellerProvince.ChineseName(),
            d.BuyerName,
            d.BuyerProvince.ChineseName(),
            d.TechnologyField,
            d.Industry,
            d.MatchId,
            d.Id,
            d.BrokerOrganisationId,
            d.BrokerName
        );
}
