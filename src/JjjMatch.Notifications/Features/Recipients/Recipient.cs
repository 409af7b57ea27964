namespace JjjMatch.Notifications.Features.Recipients;

/// <summary>
/// What the service knows of an organisation as a recipient, taken from its token whenever it calls the
/// notifications API (organisations live in the accounts' tokens): its role, a broker's regions and industries, and
/// its own threshold for suggestions.
/// </summary>
public sealed class Recipient
{
    public Guid OrganisationId { get; init; }

    public required string Role { get; set; }

    public List<string> Regions { get; set; } = [];

    public List<string> Industries { get; set; } = [];

    /// <summary>Suggestions scoring below this are not notified (0..1; 0 notifies every suggestion).</summary>
    public double MinimumScore { get; set; }

    public DateTime SeenAt { get; set; }
}
