using JjjMatch.Matching.Engine.Search;

namespace JjjMatch.Matching.Engine.Indexing;

/// <summary>
/// An in-process index kept in a folder between runs: opened at start, then brought up to date with the database by
/// revision (<see cref="IndexLoader"/>), and saved from time to time and at stop.
/// </summary>
public interface IKeptIndex : IIndexRevisions
{
    /// <summary>Where it is kept, for the log.</summary>
    string Location { get; }

    /// <summary>Opens what the folder holds; false when it held nothing usable, and the index is empty.</summary>
    bool TryOpen();

    /// <summary>Makes the changes since the last save durable; false when there were none.</summary>
    bool SaveIfChanged();

    /// <summary>
    /// Called between the batches of a rebuild: saves already when the index holds so much in memory that a save,
    /// which moves it into the kept file, keeps the process small (the embedded index); false when it did not save.
    /// </summary>
    bool SaveIfLarge() => false;
}
