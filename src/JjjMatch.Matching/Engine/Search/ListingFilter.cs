namespace JjjMatch.Matching.Engine.Search;

/// <summary>
/// Which documents a search may return: one kind, active ones unless told otherwise, and attributes equal to the given
/// values.
/// </summary>
public sealed record ListingFilter(ListingKind Kind)
{
    public bool ActiveOnly { get; init; } = true;

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = ListingDocument.NoAttributes;

    public bool Accepts(bool isActive, IReadOnlyDictionary<string, string> attributes)
    {
        if (ActiveOnly && !isActive)
        {
            return false;
        }

        foreach (var (name, value) in Attributes)
        {
            if (
                !attributes.TryGetValue(name, out var actual) || !string.Equals(actual, value, StringComparison.Ordinal)
            )
            {
                return false;
            }
        }

        return true;
    }
}
