namespace JjjMatch.Import;

/// <summary>
/// A line turned into the API's input. <paramref name="SourceFields"/> names, for a product field, the source field
/// it came from, so that a validation failure on a market line points at what to fix there.
/// </summary>
public sealed record MappedListing<TInput>(TInput Body, bool Publish, IReadOnlyDictionary<string, string> SourceFields);
