namespace JjjMatch.Matching.Brokerage.Deals;

/// <summary>
/// The body of POST /api/matches/{id}/deals. Amounts are CNY (yuan, at most two decimals). Party names and provinces
/// default from the matcher's copies of the two listings; an anonymous demand's enterprise must be named here.
/// </summary>
public sealed record DealInput(
    string? ContractType,
    decimal? Amount,
    decimal? TechnologyAmount,
    DateOnly? SignedOn,
    PartyInput? Seller,
    PartyInput? Buyer,
    string? ContractNumber,
    string? Title
);

/// <summary>A contract party; <paramref name="Province"/> is beijing, tianjin, hebei or other.</summary>
public sealed record PartyInput(string? Name, string? Province);
