using Npgsql;
using NpgsqlTypes;

namespace JjjMatch.Bench.Speed.Baselines;

/// <summary>
/// PostgreSQL full-text search: a stored <c>to_tsvector('simple', terms)</c> column (the matcher's terms, pre-split)
/// with a GIN index, queried with the selected terms OR-ed in a tsquery and ordered by <c>ts_rank</c>. 'simple' only
/// lower-cases and splits on spaces here, so its lexemes are exactly the pre-split terms. Runs in a database of its
/// own, dropped afterwards.
/// </summary>
public sealed class PostgresIndex : IBaselineIndex
{
    private readonly NpgsqlConnectionStringBuilder admin;
    private readonly string database = "jjj_speed_" + Guid.NewGuid().ToString("N")[..10];
    private NpgsqlDataSource? source;

    public PostgresIndex(string connectionString)
    {
        admin = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(admin.Database))
        {
            admin.Database = "postgres";
        }
    }

    public string Name => "PostgreSQL ts_rank";

    public string? ServerVersion { get; private set; }

    public async Task BuildAsync(IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await using (var connection = new NpgsqlConnection(admin.ToString()))
        {
            await connection.OpenAsync(cancellationToken);
            ServerVersion = connection.PostgreSqlVersion.ToString();
            await using var create = new NpgsqlCommand(
                $"CREATE DATABASE \"{database}\" ENCODING " + "'UTF8' TEMPLATE template0",
                connection
            );
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        source = NpgsqlDataSource.Create(
            new NpgsqlConnectionStringBuilder(admin.ToString()) { Database = database }.ToString()
        );
        await ExecuteAsync(
            "CREATE TABLE docs (id int PRIMARY KEY, body text NOT NULL, tsv tsvector GENERATED ALWAYS "
                + "AS (to_tsvector('simple', body)) STORED)",
            cancellationToken
        );
        await using (var connection = await source.OpenConnectionAsync(cancellationToken))
        await using (
            var import = await connection.BeginBinaryImportAsync(
                "COPY docs (id, body) " + "FROM STDIN (FORMAT BINARY)",
                cancellationToken
            )
        )
        {
            for (var i = 0; i < documents.Count; i++)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(BaselineText.Tokens(documents[i]), NpgsqlDbType.Text, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync("CREATE INDEX docs_tsv ON docs USING gin (tsv)", cancellationToken);
        await ExecuteAsync("VACUUM ANALYZE docs", cancellationToken);
    }

    public async Task<IReadOnlyList<int>> SearchAsync(
        IReadOnlyList<string> terms,
        int top,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0 || source is null)
        {
            return [];
        }

        await using var command = source.CreateCommand(
            "SELECT id FROM docs, to_tsquery('simple', $1) q WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT $2"
        );
        command.Parameters.AddWithValue(TsQuery(terms));
        command.Parameters.AddWithValue(top);
        var keys = new List<int>(top);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetInt32(0));
        }

        return keys;
    }

    /// <summary>
    /// Terms OR-ed as tsquery lexemes: <c>'钢板' | '板表'</c>; a quote or backslash inside a term is escaped.
    /// </summary>
    public static string TsQuery(IEnumerable<string> terms) =>
        string.Join(
            " | ",
            terms.Select(t =>
                "'"
                + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)
                + "'"
            )
        );

    public async ValueTask DisposeAsync()
    {
        if (source is not null)
        {
            await source.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var connection = new NpgsqlConnection(admin.ToString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand(
                "DROP DATABASE IF EXISTS " + $"\"{database}\" WITH (FORCE)",
                connection
            );
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The server went away; nothing left to drop.
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = source!.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
