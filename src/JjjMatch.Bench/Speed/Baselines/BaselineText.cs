using JjjMatch.Bench.Reference;
using JjjMatch.Matching.Engine.Scoring;

namespace JjjMatch.Bench.Speed.Baselines;

/// <summary>
/// What the baselines index and search with: the same fields the matcher indexes and the same query text it
/// searches with, pre-tokenised by the reference analysis (lower-cased; CJK runs as overlapping bigrams,
/// [a-z0-9] runs as words; the analysis of bm25_reference.py and Elasticsearch's cjk analyzer) and joined by
/// spaces. FTS5's unicode61 and PostgreSQL's 'simple' configuration then take each space-separated token
/// as one term, so all engines rank the very same terms.
/// </summary>
public static class BaselineText
{
    public static string Document(AchievementProfile achievement)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        return Tokens($"{achievement.Title}\n{string.Join('\n', achievement.Keywords)}\n{achievement.Summary}");
    }

    public static string Document(DemandProfile demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return Tokens($"{demand.Title}\n{demand.Description}");
    }

    public static string Tokens(string text) => string.Join(' ', ReferenceAnalyzer.Instance.Analyze(text));

    /// <summary>
    /// Each distinct query term once, in order of first appearance, as the reference BM25 counts them.
    /// </summary>
    public static IReadOnlyList<string> QueryTerms(string text) =>
        [.. ReferenceAnalyzer.Instance.Analyze(text).Distinct(StringComparer.Ordinal)];
}
