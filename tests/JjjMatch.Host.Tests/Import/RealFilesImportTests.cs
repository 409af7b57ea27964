using JjjMatch.Host.Cli;
using JjjMatch.Testing;
using Microsoft.Data.Sqlite;

namespace JjjMatch.Host.Tests.Import;

/// <summary>
/// The import command end to end on the market's real export (../shared/data/bench/zhibei-listings), into a temp SQLite
/// data directory.
/// </summary>
public sealed class RealFilesImportTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(
        Path.GetTempPath(),
        "jjj_import_" + Guid.NewGuid().ToString("N")[..12]
    );

    [Fact]
    public async Task Both_real_files_import_completely_and_a_re_run_adds_nothing()
    {
        var listings = SharedData.BenchSet("zhibei-listings");

        (await ImportAsync(Path.Combine(listings, "achievements.jsonl"), "achievements")).ShouldBe(0);
        (await ImportAsync(Path.Combine(listings, "demands.jsonl"), "demands", "--extend-deadlines", "60")).ShouldBe(0);
        (await ImportAsync(Path.Combine(listings, "achievements.jsonl"), "achievements")).ShouldBe(0);

        // Every achievement line is usable; one of them says its transfer has ended (技术终止转让) and stays a draft.
        Count("achievements", "SELECT Status, COUNT(*) FROM Achievements GROUP BY Status ORDER BY Status")
            .ShouldBe("Draft=1, Published=2811");
        // 1,729 demand lines: one has no name, text or time; the 49 whose text is shorter than the API's 10 characters
        // say what their title says.
        Count("demands", "SELECT Status, COUNT(*) FROM Demands GROUP BY Status ORDER BY Status")
            .ShouldBe("Open=1728");
        Count("demands", "SELECT 'events', COUNT(*) FROM OutboxMessages").ShouldBe("events=1728");
        Count("demands", "SELECT ProblemDescription, COUNT(*) FROM Demands WHERE Title = '蜂蜜检测'")
            .ShouldBe("蜂蜜检测=1");
        Count("demands", "SELECT 'sector in text', COUNT(*) FROM Demands WHERE ProblemDescription LIKE '%；制造业%'")
            .ShouldBe("sector in text=0");
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_a_failed_run()
    {
        (await ImportAsync(Path.Combine(dataDirectory, "missing.jsonl"), "achievements")).ShouldNotBe(0);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private Task<int> ImportAsync(string file, string kind, params string[] more) =>
        CommandLine.RunAsync([
            "import",
            file,
            "--kind",
            kind,
            .. more,
            "--set",
            $"Database:DataDirectory={dataDirectory}",
            "Services=achievements,demands",
        ]);

    /// <summary>"key=count" rows of a two-column query, comma-separated.</summary>
    private string Count(string service, string sql)
    {
        using var connection = new SqliteConnection(
            $"Data Source={Path.Combine(dataDirectory, service + ".db")};Pooling=False"
        );
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)}={reader.GetInt64(1)}");
        }

        return string.Join(", ", rows);
    }
}
