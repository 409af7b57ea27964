using JjjMatch.Matching.Engine.Scoring;

namespace JjjMatch.Matching.Tests.Engine.Scoring;

internal static class Profiles
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static AchievementProfile Achievement(Guid? id = null, string title = "成果", string summary = "") =>
        new(id ?? Guid.NewGuid(), true, title, summary, []);

    public static DemandProfile Demand(Guid? id = null, string description = "需求") =>
        new(id ?? Guid.NewGuid(), true, "需求", description, Now.AddDays(30));

    public static TextRelevance Text(double relevance) => new(relevance, ["减振"]);
}
