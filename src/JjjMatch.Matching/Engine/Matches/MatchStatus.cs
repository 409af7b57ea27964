namespace JjjMatch.Matching.Engine.Matches;

/// <summary>
/// Suggested -> Claimed (one broker reviews it) -> Accepted (the introduction is made) or Rejected (with a reason);
/// Claimed -> Suggested on release. Suggested and Claimed pairs are Withdrawn when a side leaves the market.
/// </summary>
public enum MatchStatus
{
    Suggested,
    Withdrawn,
    Claimed,
    Accepted,
    Rejected,
}

/// <summary>Whose search found the pair: only that side's later searches may drop it again.</summary>
public enum MatchOrigin
{
    Demand,
    Achievement,
}
