namespace JjjMatch.Matching.Matches;

public enum MatchAction
{
    Claim,
    Release,
    Accept,
    Reject,

    /// <summary>The matcher withdrew a claimed pair because one side left the market.</summary>
    Withdraw,
}

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

public static class MatchDecisionLimits
{
    public const int NoteLength = 1000;
}

/// <summary>The broker acting on a match: the user and the organisation from the bearer token.</summary>
public sealed record Reviewer(Guid UserId, Guid OrganisationId)
{
    /// <summary>No person: the matcher itself, for steps it takes on its own (the empty id as user and organisation).</summary>
    public static readonly Reviewer Matcher = new(Guid.Empty, Guid.Empty);
}

/// <summary>One line of a match's audit trail: who did what, when, and from which state. Never changed once written.</summary>
public sealed class MatchDecision
{
    public Guid Id { get; init; }

    public Guid MatchId { get; init; }

    public MatchAction Action { get; init; }

    public MatchStatus PreviousStatus { get; init; }

    public MatchStatus NewStatus { get; init; }

    public Guid ActorId { get; init; }

    public Guid ActorOrganisationId { get; init; }

    public DateTime At { get; init; }

    public RejectionReason? RejectionReason { get; init; }

    public string? Note { get; init; }
}
