namespace JjjMatch.Contracts.Shared;

/// <summary>
/// Technology maturity as (scale, level); the default scale is the 9-level TRL of GB/T 22900 appendix A.
/// </summary>
public sealed record Maturity(string Scale, int Level)
{
    public const string Trl = "TRL";
}
