namespace JjjMatch.Matching.Engine.Scoring;

/// <summary>Where the matcher finds the structured profiles of the candidates the index returned.</summary>
public interface IMatchProfileSource
{
    Task<IReadOnlyDictionary<Guid, AchievementProfile>> FindAchievementsAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken = default
    );

    Task<IReadOnlyDictionary<Guid, DemandProfile>> FindDemandsAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken = default
    );
}
