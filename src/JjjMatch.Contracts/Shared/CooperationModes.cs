namespace JjjMatch.Contracts.Shared;

/// <summary>
/// How a technology changes hands. An achievement offers a set of these (its transfer modes);
/// a demand accepts a set (its cooperation modes). Flags, so "compatible" is a non-empty intersection.
/// </summary>
[Flags]
public enum CooperationModes
{
    None = 0,
    ExclusiveLicence = 1,
    NonExclusiveLicence = 2,
    Assignment = 4,
    Equity = 8,
    JointDevelopment = 16,
    TechnicalService = 32,
}
