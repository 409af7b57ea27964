namespace JjjMatch.Matching.Engine.Search;

/// <summary>The matcher's port to a full-text index of achievements and demands.</summary>
public interface IListingIndex
{
    /// <summary>
    /// Whether the documents outlive the process (a search server) or live in memory only, so that the index is filled
    /// from the stored copies at every start.
    /// </summary>
    bool KeepsDocuments { get; }

    /// <summary>
    /// Makes the index ready to serve (an index server creates what is missing); called at start-up, harmless when
    /// repeated.
    /// </summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds the documents, replacing any with the same kind and id.</summary>
    Task UpsertAsync(IReadOnlyCollection<ListingDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Removes a document; removing one that is not there does nothing.</summary>
    Task RemoveAsync(ListingKind kind, Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ListingHit>> SearchAsync(ListingQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many documents of the kind the index holds: the market a search ranks against.</summary>
    Task<int> CountAsync(ListingKind kind, CancellationToken cancellationToken = default);
}
