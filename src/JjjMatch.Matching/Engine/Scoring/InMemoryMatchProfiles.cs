using System.Collections.Concurrent;

namespace JjjMatch.Matching.Engine.Scoring;

/// <summary>Profiles kept in memory, for the embedded setup, tests and the quality benchmark.</summary>
public sealed class InMemoryMatchProfiles : IMatchProfileSource
{
    private readonly ConcurrentDictionary<Guid, AchievementProfile> achievements = new();
    private readonly ConcurrentDictionary<Guid, DemandProfile> demands = new();

    public void Put(AchievementProfile achievement) => achievements[achievement.Id] = achievement;

    public void Put(DemandProfile demand) => demands[demand.Id] = demand;

    public void RemoveAchievement(Guid id) => achievements.TryRemove(id, out _);

    public void RemoveDemand(Guid id) => demands.TryRemove(id, out _);

    public Task<IReadOnlyDictionary<Guid, AchievementProfile>> FindAchievementsAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken = default
    ) => Task.FromResult(Find(achievements, ids));

    public Task<IReadOnlyDictionary<Guid, DemandProfile>> FindDemandsAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken = default
    ) => Task.FromResult(Find(demands, ids));

    private static IReadOnlyDictionary<Guid, T> Find<T>(
        ConcurrentDictionary<Guid, T> source,
        IReadOnlyCollection<Guid> ids
    )
    {
        var found = new Dictionary<Guid, T>(ids.Count);
        foreach (var id in ids)
        {
            if (source.TryGetValue(id, out var profile))
            {
                found[id] = profile;
            }
        }

        return found;
    }
}
