using JjjMatch.Contracts.Achievements;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;
using MassTransit;

namespace JjjMatch.Matching.Engine.Consumers;

/// <summary>
/// Keeps the copy of every achievement and its suggestions up to date. One consumer (so one queue, consumed
/// in order) for all achievement events, so a withdrawal can never overtake the publication it withdraws.
/// </summary>
public sealed class AchievementEventsConsumer(ListingEventApplier listings)
    : IConsumer<AchievementPublished>,
        IConsumer<AchievementUpdated>,
        IConsumer<AchievementWithdrawn>,
        IConsumer<AchievementTransferred>
{
    private static readonly ListingSide<AchievementListing, AchievementSnapshot> Achievements = new(
        ListingKind.Achievement,
        nameof(AchievementEventsConsumer),
        [nameof(AchievementWithdrawn), nameof(AchievementTransferred)],
        AchievementListing.From,
        snapshot => (snapshot.Id, snapshot.Title, snapshot.UpdatedAt)
    );

    public Task Consume(ConsumeContext<AchievementPublished> context) =>
        listings.PutAsync(Achievements, context.Message, context.Message.Achievement);

    public Task Consume(ConsumeContext<AchievementUpdated> context) =>
        listings.PutAsync(Achievements, context.Message, context.Message.Achievement);

    public Task Consume(ConsumeContext<AchievementWithdrawn> context) =>
        listings.LeaveAsync(Achievements, context.Message, context.Message.AchievementId, "achievement withdrawn");

    public Task Consume(ConsumeContext<AchievementTransferred> context) =>
        listings.LeaveAsync(Achievements, context.Message, context.Message.AchievementId, "achievement transferred");
}
