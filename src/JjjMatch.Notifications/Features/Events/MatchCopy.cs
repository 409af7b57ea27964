namespace JjjMatch.Notifications.Features.Events;

/// <summary>
/// A suggested pair, remembered so that later events naming only the match id reach its posters. A suggestion can
/// arrive before the listing copies it names (separate queues); it is announced once both copies are here.
/// </summary>
public sealed class MatchCopy
{
    public Guid MatchId { get; init; }

    public Guid AchievementId { get; init; }

    public Guid DemandId { get; init; }

    public double Score { get; set; }

    public Guid SuggestedEventId { get; set; }

    public DateTime SuggestedAt { get; set; }

    public bool Announced { get; set; }

    /// <summary>When the pair stopped waiting for a broker (withdrawn, accepted, rejected).</summary>
    public DateTime? ClosedAt { get; set; }
}
