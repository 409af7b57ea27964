using Microsoft.Data.Sqlite;
using Npgsql;

namespace JjjMatch.Bench.Speed.EndToEnd;

/// <summary>
/// Where the services of one run keep their data: SQLite files in a folder per process (copied from a seeded
/// template) or PostgreSQL databases per service (seeded for each run). Hands out the host settings for each.
/// </summary>
public sealed class ServiceStores : IAsyncDisposable
{
    private static readonly string[] Services = ["Achievements", "Demands", "Matching"];

    private readonly string? postgres;
    private readonly string prefix = "jjj_speed_" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> databases = [];

    public ServiceStores(string workDirectory, string? postgres)
    {
        WorkDirectory = workDirectory;
        this.postgres = postgres;
    }

    public string WorkDirectory { get; }

    public bool OnPostgres => postgres is not null;

    /// <summary>
    /// Settings for a process that keeps its databases under the name <paramref name="place"/> (a folder, or a database
    /// name part).
    /// </summary>
    public IReadOnlyList<string> SettingsFor(string place)
    {
        if (postgres is null)
        {
            return ["Database:Provider=Sqlite", $"Database:DataDirectory={Path.Combine(WorkDirectory, place)}"];
        }

        return
        [
            "Database:Provider=PostgreSql",
            .. Services.Select(service =>
                $"ConnectionStrings:{service}={ConnectionString($"{prefix}_{place}_{service}".ToLowerInvariant())}"
            ),
        ];
    }

    /// <summary>
    /// SQLite only: copies a service's database file from the seeded template folder into <paramref name="place"/>.
    /// </summary>
    public void CopySqlite(string template, string place, string service)
    {
        SqliteConnection.ClearAllPools();
        var target = Directory.CreateDirectory(Path.Combine(WorkDirectory, place));
        foreach (var file in Directory.GetFiles(Path.Combine(WorkDirectory, template), service + ".db*"))
        {
            File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)), overwrite: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (postgres is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            await connection.OpenAsync();
            foreach (var database in databases)
            {
                await using var drop = new NpgsqlCommand(
                    "DROP DATABASE IF EXISTS " + $"\"{database}\" WITH (FORCE)",
                    connection
                );
                await drop.ExecuteNonQueryAsync();
            }
        }
        catch (NpgsqlException)
        {
            // The server is gone; its throwaway databases went with it.
        }
    }

    private string ConnectionString(string database)
    {
        if (database != "postgres")
        {
            databases.Add(database);
        }

        return new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ToString();
    }
}
