using JjjMatch.Contracts.Shared;

namespace JjjMatch.Demands.Domain;

/// <summary>Everything an enterprise writes about a demand; validated before it reaches the entity.</summary>
public sealed record DemandDetails(
    string Title,
    string ProblemDescription,
    string ExpectedOutcome,
    string Industry,
    Maturity? MinimumMaturity,
    PriceRange Bounty,
    DateTime Deadline,
    Region Region,
    CooperationModes CooperationModes,
    bool Anonymous,
    string EnterpriseName,
    Contact Contact
);
