namespace JjjMatch.Matching.Engine.Matches;

/// <summary>The broker acting on a match: the user and the organisation from the bearer token.</summary>
public sealed record Reviewer(Guid UserId, Guid OrganisationId)
{
    /// <summary>
    /// No person: the matcher itself, for steps it takes on its own (the empty id as user and organisation).
    /// </summary>
    public static readonly Reviewer Matcher = new(Guid.Empty, Guid.Empty);
}
