namespace JjjMatch.Bench.Speed.Baselines;

/// <summary>
/// A full-text engine that ranks pre-tokenised documents (identified by position) for a set of query terms.
/// </summary>
public interface IBaselineIndex : IAsyncDisposable
{
    string Name { get; }

    /// <summary>
    /// Adds the documents (space-separated terms; the i-th gets key i) and builds whatever the engine needs to search
    /// them.
    /// </summary>
    Task BuildAsync(IReadOnlyList<string> documents, CancellationToken cancellationToken);

    /// <summary>
    /// The keys of the best <paramref name="top"/> documents containing any of the terms, best first.
    /// </summary>
    Task<IReadOnlyList<int>> SearchAsync(IReadOnlyList<string> terms, int top, CancellationToken cancellationToken);
}
