namespace JjjMatch.Bench.Speed.Baselines;

/// <summary>What an engine that keeps its index in files costs: on disk, in memory, and to open.</summary>
public interface IBaselineFootprint
{
    TimeSpan? OpenTime { get; }

    long? DiskBytes { get; }

    /// <summary>The index's pages resident in this process (mapped files), after the timed queries.</summary>
    long? ResidentBytes { get; }
}
