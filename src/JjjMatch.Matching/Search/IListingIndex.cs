namespace JjjMatch.Matching.Search;

/// <summary>The matcher's port to a full-text index of achievements and demands.</summary>
public interface IListingIndex
{
    /// <summary>Adds the documents, replacing any with the same kind and id.</summary>
    Task UpsertAsync(IReadOnlyCollection<ListingDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Removes a document; removing one that is not there does nothing.</summary>
    Task RemoveAsync(ListingKind kind, Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ListingHit>> SearchAsync(ListingQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many documents of the kind the index holds: the market a search ranks against.</summary>
    Task<int> CountAsync(ListingKind kind, CancellationToken cancellationToken = default);
}
