namespace JjjMatch.Matching.Engine.Search;

/// <summary>An index that knows at which revision it holds each document (<see cref="ListingDocument.Revision"/>).
/// </summary>
public interface IIndexRevisions
{
    /// <summary>Each document of the kind the index holds, with the revision it was indexed at.</summary>
    Dictionary<Guid, long> Revisions(ListingKind kind);
}
