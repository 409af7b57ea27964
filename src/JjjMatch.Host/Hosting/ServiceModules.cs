using JjjMatch.Accounts;
using JjjMatch.Achievements;
using JjjMatch.BuildingBlocks.Modules;
using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Demands;
using JjjMatch.Matching;
using JjjMatch.Notifications;

namespace JjjMatch.Host.Hosting;

/// <summary>The services this executable can host; <c>--services</c> picks a subset, all by default.</summary>
public static class ServiceModules
{
    public static IReadOnlyList<IServiceModule> All { get; } =
    [
        new AchievementsModule(),
        new DemandsModule(),
        new MatchingModule(),
        new AccountsModule(),
        new NotificationsModule(),
    ];

    public static IReadOnlyList<IServiceModule> Select(string? names)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return All;
        }

        var wanted = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = wanted.Where(n => All.All(m => !m.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            throw new SettingException(
                $"Services (--services): unknown service(s) {string.Join(", ", unknown)}; "
                    + $"known: {string.Join(", ", All.Select(m => m.Name))}."
            );
        }

        return All.Where(m => wanted.Contains(m.Name, StringComparer.OrdinalIgnoreCase)).ToList();
    }
}
