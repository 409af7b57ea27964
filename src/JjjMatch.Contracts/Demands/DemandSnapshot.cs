using JjjMatch.Contracts.Shared;

namespace JjjMatch.Contracts.Demands;

/// <summary>The public face of an open list: no contact, and no enterprise name while it is anonymous.</summary>
/// <param name="Version">
/// The demand's own version (the one If-Match names), which every change raises: of two snapshots of one demand the
/// higher version is the later state, whatever order they arrive in. Null from releases before it.
/// </param>
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
    DateTimeOffset UpdatedAt,
    int? Version = null
);
