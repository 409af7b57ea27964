using JjjMatch.Matching.Engine.Indexing;

namespace JjjMatch.Bench.Speed;

/// <summary>
/// What <c>speed</c> measures and at which size; see <see cref="SpeedCommand"/> for each option's meaning.
/// </summary>
public sealed record SpeedOptions
{
    public int Achievements { get; init; } = 100_000;

    public int Demands { get; init; } = 10_000;

    public string? Dataset { get; init; }

    public int Seed { get; init; } = 20261122;

    /// <summary>Timed queries per direction for the matcher and the SQLite baseline.</summary>
    public int Queries { get; init; } = 2_000;

    /// <summary>
    /// The baselines take hundreds of milliseconds a query at 100,000 listings: fewer queries, and a time budget per
    /// direction.
    /// </summary>
    public int BaselineQueries { get; init; } = 200;

    public TimeSpan BaselineBudget { get; init; } = TimeSpan.FromSeconds(60);

    public int PostgresQueries { get; init; } = 50;

    public TimeSpan PostgresBudget { get; init; } = TimeSpan.FromSeconds(30);

    public int EndToEndPublishes { get; init; } = 300;

    public int EndToEndDemands { get; init; } = 100;

    public double PublishesPerSecond { get; init; } = 20;

    public TimeSpan HttpDuration { get; init; } = TimeSpan.FromSeconds(8);

    public int HttpConcurrency { get; init; } = 32;

    public string? RabbitMqUri { get; init; }

    public string? PostgresConnectionString { get; init; }

    /// <summary>
    /// Databases of the services in the end-to-end runs: SQLite files (the embedded default) or PostgreSQL.
    /// </summary>
    public bool ServicesOnPostgres { get; init; }

    public IReadOnlySet<string> Skip { get; init; } = new HashSet<string>();

    public string? WorkDirectory { get; init; }

    public bool KeepWorkDirectory { get; init; }

    /// <summary>The adapter of the index port the matcher core runs on.</summary>
    public SearchProvider Engine { get; init; } = SearchProvider.Embedded;

    public bool Skips(string phase) => Skip.Contains(phase);

    public static class Phases
    {
        public const string Fts5 = "fts5";
        public const string Lucene = "lucene";
        public const string Postgres = "postgres";
        public const string InProcess = "in-process";
        public const string Processes = "processes";
        public const string Http = "http";

        public static IReadOnlyList<string> All { get; } = [Fts5, Lucene, Postgres, InProcess, Processes, Http];
    }
}
