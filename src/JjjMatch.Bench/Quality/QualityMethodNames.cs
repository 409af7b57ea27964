namespace JjjMatch.Bench.Quality;

/// <summary>
/// The command-line spellings of <see cref="QualityMethod"/>: <c>matcher</c> and <c>bm25-reference</c>.
/// </summary>
public static class QualityMethodNames
{
    public const string Matcher = "matcher";
    public const string Bm25Reference = "bm25-reference";

    public static IReadOnlyList<string> All { get; } = [Matcher, Bm25Reference];

    public static QualityMethod Parse(string name) =>
        name.Trim().ToLowerInvariant() switch
        {
            Matcher => QualityMethod.Matcher,
            Bm25Reference => QualityMethod.Bm25Reference,
            _ => throw new ArgumentException(
                $"Unknown ranking method '{name}'; expected one of: {string.Join(", ", All)}.",
                nameof(name)
            ),
        };
}
