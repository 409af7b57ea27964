using System.CommandLine;
using JjjMatch.Matching.Engine.Indexing;

namespace JjjMatch.Bench.Speed;

/// <summary>
/// <c>speed [--achievements N] [--demands M] [--dataset DIR] [--quick] ...</c>: speed and scale of the whole
/// matching path in one run; prints a Markdown table and, as its last line, the summary line.
/// </summary>
public static class SpeedCommand
{
    public const string RabbitMqVariable = "JJJMATCH_TEST_RABBITMQ";
    public const string PostgresVariable = "JJJMATCH_TEST_POSTGRES";

    public static Command Create()
    {
        var achievements = new Option<int?>("--achievements")
        {
            Description = "Achievements in the market (default 100000; 10000 with --quick)",
        };
        var demands = new Option<int?>("--demands")
        {
            Description = "Open demands in the market (default 10000; 1000 with --quick)",
        };
        var dataset = new Option<DirectoryInfo>("--dataset")
        {
            Description =
                "Real listing texts instead of generated ones: a folder with achievements.jsonl and "
                + "demands.jsonl (fields name, context, industry ...), e.g. "
                + "../shared/data/bench/zhibei-listings; cycled to reach the counts",
        };
        dataset.AcceptExistingOnly();
        var quick = new Option<bool>("--quick")
        {
            Description = "A CI-size run: 10000/1000 listings, fewer queries, shorter end-to-end and HTTP runs",
        };
        var queries = new Option<int?>("--queries")
        {
            Description =
                "Timed queries per direction for the matcher (default 2000; 300 with --quick); the SQLite "
                + "baseline takes at most 200 (100), PostgreSQL 50 (30), each within a time budget",
        };
        var publishes = new Option<int?>("--publishes")
        {
            Description = "Achievements published in each end-to-end run (default 300; 60 with --quick)",
        };
        var rate = new Option<double>("--rate")
        {
            Description = "Publishes per second in the end-to-end runs",
            DefaultValueFactory = _ => 20,
        };
        var httpSeconds = new Option<int?>("--http-seconds")
        {
            Description = "Seconds of load per HTTP measurement (default 8; 3 with --quick)",
        };
        var concurrency = new Option<int>("--http-concurrency")
        {
            Description = "Concurrent HTTP requests",
            DefaultValueFactory = _ => 32,
        };
        var rabbitMq = new Option<string?>("--rabbitmq")
        {
            Description =
                $"AMQP URI of a RabbitMQ broker for the separate-process run (default: ${RabbitMqVariable}); "
                + "without one that row is not run",
        };
        var postgres = new Option<string?>("--postgres")
        {
            Description =
                "Npgsql connection string (no database needed) for the PostgreSQL baseline (default: "
                + $"${PostgresVariable}); without one it is not run",
        };
        var servicesOnPostgres = new Option<bool>("--services-on-postgres")
        {
            Description =
                "Give the services of the end-to-end runs PostgreSQL databases instead of SQLite files "
                + "(needs --postgres)",
        };
        var skip = new Option<string[]>("--skip")
        {
            Description = $"Phases to leave out: {string.Join(", ", SpeedOptions.Phases.All)}",
            AllowMultipleArgumentsPerToken = true,
        };
        skip.AcceptOnlyFromAmong([.. SpeedOptions.Phases.All]);
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the generated listings",
            DefaultValueFactory = _ => 20261122,
        };
        var workDirectory = new Option<DirectoryInfo>("--work-dir")
        {
            Description =
                "Where databases and service logs go (default: a new folder under the temp folder, removed afterwards)",
        };
        var keep = new Option<bool>("--keep")
        {
            Description = "Keep the work folder (databases, service logs) afterwards",
        };
        var baselineQuality = new Option<DirectoryInfo>("--baseline-quality")
        {
            Description =
                "Instead of the speed run: rank a labelled set (BEIR layout) with the baselines and print "
                + "their nDCG@10, MRR@10, Recall@10, Recall@50",
        };
        baselineQuality.AcceptExistingOnly();
        var engine = new Option<string>("--index")
        {
            Description = "The adapter of the index port the matcher core runs on: embedded | lucene",
            DefaultValueFactory = _ => "embedded",
        };
        engine.AcceptOnlyFromAmong("embedded", "lucene");

        foreach (var count in new[] { achievements, demands, queries, publishes, httpSeconds })
        {
            count.Positive();
        }

        rate.Positive();
        concurrency.Positive();

        var command = new Command(
            "speed",
            "Indexing throughput, match latency against SQLite FTS5 and PostgreSQL baselines, "
                + "end-to-end latency, HTTP throughput and memory"
        )
        {
            achievements,
            demands,
            dataset,
            quick,
            queries,
            publishes,
            rate,
            httpSeconds,
            concurrency,
            rabbitMq,
            postgres,
            servicesOnPostgres,
            skip,
            seed,
            workDirectory,
            keep,
            baselineQuality,
            engine,
        };
        command.SetAction(
            async (result, ct) =>
            {
                var isQuick = result.GetValue(quick);
                var options = new SpeedOptions
                {
                    Achievements = result.GetValue(achievements) ?? (isQuick ? 10_000 : 100_000),
                    Demands = result.GetValue(demands) ?? (isQuick ? 1_000 : 10_000),
                    Dataset = result.GetValue(dataset)?.FullName,
                    Seed = result.GetValue(seed),
                    Queries = result.GetValue(queries) ?? (isQuick ? 300 : 2_000),
                    BaselineQueries = Math.Min(result.GetValue(queries) ?? int.MaxValue, isQuick ? 100 : 200),
                    BaselineBudget = TimeSpan.FromSeconds(isQuick ? 20 : 60),
                    PostgresQueries = isQuick ? 30 : 50,
                    PostgresBudget = TimeSpan.FromSeconds(isQuick ? 10 : 30),
                    EndToEndPublishes = result.GetValue(publishes) ?? (isQuick ? 60 : 300),
                    EndToEndDemands = isQuick ? 30 : 100,
                    PublishesPerSecond = result.GetValue(rate),
                    HttpDuration = TimeSpan.FromSeconds(result.GetValue(httpSeconds) ?? (isQuick ? 3 : 8)),
                    HttpConcurrency = result.GetValue(concurrency),
                    RabbitMqUri = NonEmpty(result.GetValue(rabbitMq))
                        ?? NonEmpty(Environment.GetEnvironmentVariable(RabbitMqVariable)),
                    PostgresConnectionString = NonEmpty(result.GetValue(postgres))
                        ?? NonEmpty(Environment.GetEnvironmentVariable(PostgresVariable)),
                    ServicesOnPostgres = result.GetValue(servicesOnPostgres),
                    Skip = new HashSet<string>(result.GetValue(skip) ?? [], StringComparer.OrdinalIgnoreCase),
                    WorkDirectory = result.GetValue(workDirectory)?.FullName,
                    KeepWorkDirectory = result.GetValue(keep),
                    Engine = Enum.Parse<SearchProvider>(result.GetValue(engine)!, ignoreCase: true),
                };
                if (options.ServicesOnPostgres && options.PostgresConnectionString is null)
                {
                    await Console.Error.WriteLineAsync(
                        $"--services-on-postgres needs --postgres or ${PostgresVariable}."
                    );
                    return 2;
                }

                if (result.GetValue(baselineQuality) is { } labelled)
                {
                    await Baselines.BaselineQuality.RunAsync(
                        labelled.FullName,
                        options.PostgresConnectionString,
                        Console.Out,
                        ct
                    );
                    return 0;
                }

                return await SpeedBenchmark.RunAsync(options, Console.Out, ct);
            }
        );
        return command;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
