using Microsoft.Data.Sqlite;

namespace JjjMatch.Bench.Speed.Baselines;

/// <summary>
/// SQLite FTS5 ranking with its built-in <c>bm25()</c> (k1 = 1.2, b = 0.75) over one column of text pre-split into
/// the matcher's terms (<see cref="BaselineText.Tokens"/>), tokenizer unicode61, ordered by FTS5's <c>rank</c> column
/// (bm25() by default). Not <c>detail=none</c>: it drops the term frequencies bm25() needs. Not the trigram tokenizer:
/// it ranks by character trigrams, a different analysis, and cannot match a two-character word at all. Not unicode61
/// on raw text: it keeps a whole run of Chinese characters as one token, so nothing would match.
/// The query is the selected terms OR-ed, each a quoted string, so no term is ever read as query syntax.
/// The database is a file in the work folder with a 1 GiB page cache, i.e. searched from memory.
/// </summary>
public sealed class Fts5Index(string path) : IBaselineIndex
{
    private SqliteConnection? connection;
    private SqliteCommand? search;
    private SqliteParameter? match;
    private SqliteParameter? limit;

    public string Name => "SQLite FTS5 bm25()";

    public async Task BuildAsync(IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()
        );
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                + "PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY;",
            cancellationToken
        );
        await ExecuteAsync(
            "CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = 'unicode61 remove_diacritics 0');",
            cancellationToken
        );
        await using (var transaction = connection.BeginTransaction())
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO docs(rowid, body) VALUES ($id, $body)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            insert.Prepare();
            for (var i = 0; i < documents.Count; i++)
            {
                id.Value = i;
                body.Value = BaselineText.Tokens(documents[i]);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // Merge the b-tree segments into one, as a read-mostly index would be kept.
        await ExecuteAsync("INSERT INTO docs(docs) VALUES ('optimize');", cancellationToken);
        search = connection.CreateCommand();
        search.CommandText = "SELECT rowid FROM docs WHERE docs MATCH $match ORDER BY rank LIMIT $limit";
        match = search.Parameters.Add("$match", SqliteType.Text);
        limit = search.Parameters.Add("$limit", SqliteType.Integer);
        match.Value = "\"x\"";
        limit.Value = 1;
        search.Prepare();
    }

    public async Task<IReadOnlyList<int>> SearchAsync(
        IReadOnlyList<string> terms,
        int top,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0 || search is null)
        {
            return [];
        }

        match!.Value = MatchExpression(terms);
        limit!.Value = top;
        var keys = new List<int>(top);
        await using var reader = await search.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetInt32(0));
        }

        return keys;
    }

    /// <summary>Terms OR-ed as FTS5 strings: <c>"钢板" OR "板表"</c>; a double quote inside a term is doubled.</summary>
    public static string MatchExpression(IEnumerable<string> terms) =>
        string.Join(" OR ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    public async ValueTask DisposeAsync()
    {
        if (search is not null)
        {
            await search.DisposeAsync();
        }

        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = connection!.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
