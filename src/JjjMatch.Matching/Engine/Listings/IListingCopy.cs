namespace JjjMatch.Matching.Engine.Listings;

/// <summary>The matching service's own copy of one side's listing, as its events keep it.</summary>
public interface IListingCopy<in TSnapshot>
{
    Guid Id { get; }

    /// <summary>
    /// Keeps the newer of two snapshots, so a late redelivery of an old one cannot roll the copy back.
    /// </summary>
    void Replace(TSnapshot snapshot);

    /// <summary>Withdrawn, transferred or closed: the copy is kept but never suggested again.</summary>
    void LeaveMarket();
}
