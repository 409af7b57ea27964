namespace JjjMatch.Matching.Engine.Listings;

/// <summary>
/// The matching service's own copy of one side's listing, as its events keep it: which state of the source it holds.
/// </summary>
public interface IListingCopy
{
    Guid Id { get; }

    /// <summary>
    /// The source's version of the snapshot held (0 for snapshots of releases before versions): only a higher one, or
    /// the same one taken later, replaces it (<see cref="ListingCopies"/>).
    /// </summary>
    int Version { get; }

    DateTime SourceUpdatedAt { get; }
}
