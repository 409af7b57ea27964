using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Matching.Scoring;

/// <summary>Maps the integration-event snapshots onto the matcher's profiles; blank text fields become unknown.</summary>
public static class ProfileMapping
{
    public const string PublishedStatus = "Published";
    public const string OpenStatus = "Open";

    public static AchievementProfile ToProfile(this AchievementSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var granted = snapshot.Patents.Where(p => p.Status == PatentStatus.Granted).ToList();
        return new AchievementProfile(
            snapshot.Id,
            string.Equals(snapshot.Status, PublishedStatus, StringComparison.OrdinalIgnoreCase),
            snapshot.Title,
            string.Join('\n', new[] { snapshot.Summary, snapshot.TechnologyField }.Where(s => !string.IsNullOrWhiteSpace(s))),
            snapshot.Keywords,
            Blank(snapshot.Industry),
            snapshot.Maturity,
            snapshot.Region,
            snapshot.AskingPrice,
            snapshot.TransferModes,
            granted.Count(p => p.Kind == PatentKind.Invention),
            granted.Count(p => p.Kind != PatentKind.Invention));
    }

    public static DemandProfile ToProfile(this DemandSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new DemandProfile(
            snapshot.Id,
            string.Equals(snapshot.Status, OpenStatus, StringComparison.OrdinalIgnoreCase),
            snapshot.Title,
            string.Join('\n', new[] { snapshot.ProblemDescription, snapshot.ExpectedOutcome }.Where(s => !string.IsNullOrWhiteSpace(s))),
            snapshot.Deadline,
            Blank(snapshot.Industry),
            snapshot.MinimumMaturity,
            snapshot.Region,
            snapshot.Bounty,
            snapshot.CooperationModes);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
