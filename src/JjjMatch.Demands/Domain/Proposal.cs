namespace JjjMatch.Demands.Domain;

/// <summary>A step of a proposal, due <paramref name="Month"/> months after the work starts.</summary>
public sealed record Milestone(string Title, int Month);

/// <summary>What an applicant offers to do for a demand; validated before it reaches the entity.</summary>
public sealed record Proposal(
    string ApproachSummary,
    string Team,
    IReadOnlyList<Milestone> Milestones,
    decimal Price,
    int DurationMonths
);
