namespace JjjMatch.BuildingBlocks.Inbox;

/// <summary>An event a consumer has applied; its presence makes a redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; set; }

    public required string Consumer { get; set; }

    public DateTime ProcessedAt { get; set; }
}
