using JjjMatch.Matching.Engine.Matches;

namespace JjjMatch.Matching.Brokerage.Review;

public static class MatchDecisionLimits
{
    public const int NoteLength = 1000;
}

/// <summary>
/// One line of a match's audit trail: who did what, when, and from which state. Never changed once written.
/// </summary>
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

    public static MatchDecision From(MatchStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new MatchDecision
        {
            Id = Guid.CreateVersion7(),
            MatchId = step.MatchId,
            Action = step.Action,
            PreviousStatus = step.PreviousStatus,
            NewStatus = step.NewStatus,
            ActorId = step.Actor.UserId,
            ActorOrganisationId = step.Actor.OrganisationId,
            At = step.At,
            RejectionReason = step.RejectionReason,
            Note = step.Note,
        };
    }
}
