namespace JjjMatch.Matching.Engine.Matches;

public enum MatchAction
{
    Claim,
    Release,
    Accept,
    Reject,

    /// <summary>The matcher withdrew a claimed pair because one side left the market.</summary>
    Withdraw,
}

/// <summary>
/// One change of a match's review state: who did what, when, and from which state. Saving the match writes it to the
/// audit trail.
/// </summary>
public sealed record MatchStep(
    Guid MatchId,
    MatchAction Action,
    MatchStatus PreviousStatus,
    MatchStatus NewStatus,
    Reviewer Actor,
    DateTime At,
    RejectionReason? RejectionReason = null,
    string? Note = null
);
