namespace JjjMatch.BuildingBlocks.Introductions;

/// <summary>
/// An organisation introduced to a listing by an accepted match (the other side's owner, or the broker who made the
/// introduction): from then on it may see the listing's contact. Kept by the listing's own service, from MatchAccepted.
/// </summary>
public sealed class Introduction
{
    public Guid ListingId { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>The accepted match that made the introduction (the first one, when several did).</summary>
    public Guid MatchId { get; init; }

    public DateTime IntroducedAt { get; init; }
}
