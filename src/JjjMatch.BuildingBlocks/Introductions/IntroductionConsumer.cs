using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Contracts.Matching;
using MassTransit;

namespace JjjMatch.BuildingBlocks.Introductions;

/// <summary>
/// A listing service's side of MatchAccepted: records, exactly once, which organisations were introduced to its listing.
/// Each service names its listing and the organisations introduced to it.
/// </summary>
public abstract class IntroductionConsumer<TContext>(TContext db, EventInbox<TContext> inbox) : IConsumer<MatchAccepted>
    where TContext : ServiceDbContext
{
    public Task Consume(ConsumeContext<MatchAccepted> context)
    {
        var accepted = context.Message;
        var (listing, organisations) = Introduced(accepted);
        // Finished even when the service stops meanwhile: an abandoned message could be faulted instead of redelivered.
        return inbox.ApplyOnceAsync(accepted, GetType().Name,
            ct => db.IntroduceAsync(listing, organisations, accepted.MatchId, accepted.OccurredAt.UtcDateTime, ct), CancellationToken.None);
    }

    protected abstract (Guid Listing, Guid[] Organisations) Introduced(MatchAccepted accepted);
}
