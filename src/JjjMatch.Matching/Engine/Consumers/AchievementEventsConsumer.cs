using JjjMatch.Contracts.Achievements;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;
using MassTransit;

namespace JjjMatch.Matching.Engine.Consumers;

/// <summary>
/// Keeps the copy of every achievement and its suggestions up to date. One consumer (one queue) for all achievement
/// events; replicas consume it side by side, so events may be applied out of order, and the versions they carry put
/// them back in order (<see cref="ListingCopies"/>): a withdrawal is never undone by an older publication.
/// </summary>
public sealed class AchievementEventsConsumer(ListingEventApplier listings)
    : IConsumer<AchievementPublished>,
        IConsumer<AchievementUpdated>,
        IConsumer<AchievementWithdrawn>,
        IConsumer<AchievementTransferred>
{
    /// <summary>The achievement side of <see cref="ListingEventApplier"/>.</summary>
    public static readonly ListingSide<AchievementListing, AchievementSnapshot> Side = new(
        ListingKind.Achievement,
        nameof(AchievementEventsConsumer),
        [nameof(AchievementWithdrawn), nameof(AchievementTransferred)],
        AchievementListing.From,
        snapshot => (snapshot.Id, snapshot.Title, snapshot.UpdatedAt),
        ListingCopies.WriteIfNewerAsync
    );

    public Task Consume(ConsumeContext<AchievementPublished> context) =>
        listings.PutAsync(Side, context.Message, context.Message.Achievement);

    public Task Consume(ConsumeContext<AchievementUpdated> context) =>
        listings.PutAsync(Side, context.Message, context.Message.Achievement);

    public Task Consume(ConsumeContext<AchievementWithdrawn> context) =>
        listings.LeaveAsync(
            Side,
            context.Message,
            context.Message.AchievementId,
            context.Message.Achievement,
            "achievement withdrawn"
        );

    public Task Consume(ConsumeContext<AchievementTransferred> context) =>
        listings.LeaveAsync(
            Side,
            context.Message,
            context.Message.AchievementId,
            context.Message.Achievement,
            "achievement transferred"
        );
}
