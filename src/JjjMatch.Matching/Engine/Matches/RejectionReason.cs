namespace JjjMatch.Matching.Engine.Matches;

/// <summary>Why a broker turned a suggestion down; it reaches both posters as feedback.</summary>
public enum RejectionReason
{
    NotRelevant,
    TooEarlyStage,
    Price,
    IntellectualProperty,
    Region,
    Duplicate,
    Other,
}
