using JjjMatch.Contracts.Demands;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;
using MassTransit;

namespace JjjMatch.Matching.Engine.Consumers;

/// <summary>
/// Keeps the copy of every open list and its suggestions up to date; one queue for all demand events, applied in the
/// order of their versions whatever order they arrive in (<see cref="ListingCopies"/>).
/// </summary>
public sealed class DemandEventsConsumer(ListingEventApplier listings)
    : IConsumer<DemandOpened>,
        IConsumer<DemandUpdated>,
        IConsumer<DemandClosed>,
        IConsumer<ApplicationSubmitted>,
        IConsumer<DemandAwarded>
{
    /// <summary>The demand side of <see cref="ListingEventApplier"/>.</summary>
    public static readonly ListingSide<DemandListing, DemandSnapshot> Side = new(
        ListingKind.Demand,
        nameof(DemandEventsConsumer),
        [nameof(DemandClosed)],
        DemandListing.From,
        snapshot => (snapshot.Id, snapshot.Title, snapshot.UpdatedAt),
        ListingCopies.WriteIfNewerAsync
    );

    public Task Consume(ConsumeContext<DemandOpened> context) =>
        listings.PutAsync(Side, context.Message, context.Message.Demand);

    public Task Consume(ConsumeContext<DemandUpdated> context) =>
        listings.PutAsync(Side, context.Message, context.Message.Demand);

    public Task Consume(ConsumeContext<DemandClosed> context) =>
        listings.LeaveAsync(
            Side,
            context.Message,
            context.Message.DemandId,
            context.Message.Demand,
            $"demand {context.Message.Reason.ToString().ToLowerInvariant()}"
        );

    public Task Consume(ConsumeContext<ApplicationSubmitted> context) =>
        listings.RecordAsync(Side, context.Message, context.Message.DemandId);

    public Task Consume(ConsumeContext<DemandAwarded> context) =>
        listings.RecordAsync(Side, context.Message, context.Message.DemandId);
}
