namespace JjjMatch.Achievements.Domain;

/// <summary>
/// An organisation introduced to an achievement (<see cref="ListingId"/>) by an accepted match: the demand's owner, or
/// the
/// broker who made the introduction. From then on it may see the achievement's contact.
/// </summary>
public sealed class Introduction
{
    public Guid ListingId { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>The accepted match that made the introduction (the first one, when several did).</summary>
    public Guid MatchId { get; init; }

    public DateTime IntroducedAt { get; init; }
}
