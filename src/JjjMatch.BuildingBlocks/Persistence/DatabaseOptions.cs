namespace JjjMatch.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>
/// Configuration section "Database": which provider every hosted service uses, and where SQLite files live.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string DataDirectory { get; set; } = "data";

    /// <summary>How SQLite commits: <see cref="SqliteSynchronous.Normal"/> (the default) or <c>Full</c>.</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;
}

/// <summary>
/// SQLite's <c>synchronous</c> setting in WAL mode. Normal: a commit reaches the operating system, not the disk, so
/// a crashed or killed process loses nothing it acknowledged while a power cut may lose the last commits (the
/// database stays consistent). Full: every commit waits for the disk.
/// </summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}
