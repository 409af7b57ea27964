using JjjMatch.Contracts.Shared;

namespace JjjMatch.Contracts.Demands;

/// <summary>The public face of an open list: no contact, and no enterprise name while it is anonymous.</summary>
public sealed record DemandSnapshot(
    Guid Id,
    string Title,
    string ProblemDescription,
    string ExpectedOutcome,
    string Industry,
    Maturity? MinimumMaturity,
    PriceRange Bounty,
    DateTimeOffset Deadline,
    Region Region,
    CooperationModes CooperationModes,
    bool Anonymous,
    string? EnterpriseName,
    Guid OwnerId,
    string Status,
    DateTimeOffset UpdatedAt
);
