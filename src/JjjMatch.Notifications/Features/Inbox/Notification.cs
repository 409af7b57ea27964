namespace JjjMatch.Notifications.Features.Inbox;

/// <summary>
/// One thing an organisation should hear about. <see cref="Data"/> holds only what the recipient may see through the
/// API at the moment it is written: public titles and ids, never a contact or an anonymous enterprise's name.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Type { get; init; }

    /// <summary>What made it, unique per organisation: the same event or hit never notifies twice.</summary>
    public required string Key { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ReadAt { get; set; }

    public Guid? AchievementId { get; init; }

    public Guid? DemandId { get; init; }

    public Guid? MatchId { get; init; }

    public Guid? ApplicationId { get; init; }

    public Guid? SavedSearchId { get; init; }

    /// <summary>The type's own fields as a JSON object (titles, score, reason).</summary>
    public required string Data { get; init; }
}
