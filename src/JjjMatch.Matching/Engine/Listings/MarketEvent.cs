namespace JjjMatch.Matching.Engine.Listings;

/// <summary>
/// Every event the matching service has applied, once each: the history its statistics are computed from.
/// Deliberately without a unique key on <see cref="EventId"/>: the inbox alone guarantees "once".
/// </summary>
public sealed class MarketEvent
{
    public long Sequence { get; set; }

    public Guid EventId { get; set; }

    public required string Type { get; set; }

    public Guid ListingId { get; set; }

    public DateTime OccurredAt { get; set; }

    public DateTime ReceivedAt { get; set; }
}
