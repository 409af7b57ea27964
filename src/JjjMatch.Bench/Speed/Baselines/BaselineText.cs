using JjjMatch.Matching.Engine.Scoring;
using JjjMatch.TextAnalysis;

namespace JjjMatch.Bench.Speed.Baselines;

/// <summary>
/// What the baselines index: the same fields the matcher indexes (title, keywords, summary or description). An
/// engine that takes pre-split text (SQLite FTS5, PostgreSQL) gets <see cref="Tokens"/>, the matcher's own analysis
/// (CJK bigrams and unigrams, folded and stemmed words) joined by spaces, which FTS5's unicode61 and PostgreSQL's
/// 'simple' configuration then take as one term each; Lucene.Net runs the same analysis in its analyzer. They are
/// queried with the matcher's selected terms (<see cref="BaselineQueries"/>), so every engine ranks the same terms.
/// </summary>
public static class BaselineText
{
    public static string Document(AchievementProfile achievement)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        return $"{achievement.Title}\n{string.Join('\n', achievement.Keywords)}\n{achievement.Summary}";
    }

    public static string Document(DemandProfile demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return $"{demand.Title}\n{demand.Description}";
    }

    public static string Tokens(string text) => string.Join(' ', TextAnalyzer.Matching.Analyze(text));
}
