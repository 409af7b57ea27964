namespace JjjMatch.Demands.Domain;

/// <summary>Submitted is the only live state: the others are final.</summary>
public enum ApplicationStatus
{
    Submitted,
    Withdrawn,
    Awarded,
    Declined,
}
