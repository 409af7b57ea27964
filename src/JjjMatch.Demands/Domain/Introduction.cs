namespace JjjMatch.Demands.Domain;

/// <summary>
/// An organisation introduced to a demand (<see cref="ListingId"/>): by an accepted match, the achievement's owner or
/// the broker who made the introduction; by an award, the winning applicant. From then on it may see the demand's
/// contact and, when anonymous, the enterprise's name.
/// </summary>
public sealed class Introduction
{
    public Guid ListingId { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>
    /// What made the introduction (the first, when several did): the accepted match, or with <see cref="ByAward"/> the
    /// awarded application. Stored in the column MatchId, its name from before awards introduced.
    /// </summary>
    public Guid SourceId { get; init; }

    /// <summary>True when an award made the introduction (<see cref="SourceId"/> is the application).</summary>
    public bool ByAward { get; init; }

    public DateTime IntroducedAt { get; init; }
}
