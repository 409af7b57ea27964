using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Persistence;

namespace JjjMatch.Matching.Engine.Consumers;

/// <summary>
/// What differs between the achievement and the demand side of the listing-event flow (<see
/// cref="ListingEventApplier"/>).
/// </summary>
/// <param name="Consumer">The consumer's name in the inbox.</param>
/// <param name="LeavingEvents">The events after which the listing is out of the market.</param>
/// <param name="Copy">A copy of a snapshot, in the market or (a leaving event's snapshot) out of it.</param>
/// <param name="Stamp">What the flow reads of a snapshot: its listing's id, its title and when it was taken.</param>
/// <param name="Write">Stores a copy if it is newer than the stored one (<see cref="ListingCopies"/>).</param>
public sealed record ListingSide<TListing, TSnapshot>(
    ListingKind Kind,
    string Consumer,
    string[] LeavingEvents,
    Func<TSnapshot, bool, TListing> Copy,
    Func<TSnapshot, (Guid Id, string? Title, DateTimeOffset UpdatedAt)> Stamp,
    Func<MatchingDbContext, TListing, CancellationToken, Task<bool>> Write
)
    where TListing : class, IListingCopy;
