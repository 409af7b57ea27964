using System.Diagnostics;
using System.Globalization;
using JjjMatch.Bench.Speed.Baselines;
using JjjMatch.Bench.Speed.Baselines.Lucene;
using JjjMatch.Bench.Speed.EndToEnd;
using JjjMatch.Bench.Speed.Generation;
using JjjMatch.Bench.Speed.Matcher;
using JjjMatch.Bench.Speed.Report;
using static JjjMatch.Bench.Speed.Report.SpeedTable;

namespace JjjMatch.Bench.Speed;

/// <summary>
/// Runs every phase of <c>speed</c> in order, each on the same market: the matcher core in this process,
/// the baselines, the one-process service, the separate processes (HTTP, memory, RabbitMQ). A phase that fails
/// is reported in the table and the rest still run. The summary line is always the last line written.
/// </summary>
public static class SpeedBenchmark
{
    public const double IndexTarget = 10_000;
    public const double MatchP95Target = 10;
    public const double EndToEndP95Target = 250;
    public const double GetByIdTarget = 3_000;
    public const double RssTargetMiB = 1_536;

    public static async Task<int> RunAsync(SpeedOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var now = DateTimeOffset.UtcNow;
        IListingSource source = options.Dataset is { } dataset
            ? DatasetListings.Load(dataset, options.Seed, now)
            : new ListingGenerator(options.Seed, now);
        var work = options.WorkDirectory is { } given
            ? Directory.CreateDirectory(given)
            : Directory.CreateTempSubdirectory("jjjmatch-speed-");
        output.WriteLine($"bench speed on {now:yyyy-MM-dd HH:mm} UTC, {MachineInfo.Describe()}");
        var loadAtStart = MachineInfo.LoadAverage();
        output.WriteLine($"load average at start: {loadAtStart}");
        output.WriteLine(
            $"market: {options.Achievements:N0} achievements, {options.Demands:N0} open demands, "
                + $"{source.Description}; work folder {work.FullName}"
        );

        var table = new SpeedTable();
        var failed = false;
        double? indexRate = null,
            matchP50 = null,
            matchP95 = null,
            baselineP95 = null,
            endToEndP95 = null,
            rss = null,
            luceneP95 = null;
        try
        {
            var generating = Stopwatch.GetTimestamp();
            var market = SpeedMarket.Create(source, options.Achievements, options.Demands);
            output.WriteLine(
                $"generated in {Stopwatch.GetElapsedTime(generating).TotalSeconds:0.0} s; mean text length "
                    + $"{market.Achievements.Average(a => a.Snapshot.Summary.Length):0} (achievements), "
                    + $"{market.Demands.Average(d => d.ProblemDescription.Length):0} (demands) characters"
            );

            output.WriteLine("matcher core ...");
            table.Section(
                $"Matcher core: {options.Engine} index + MatchFinder/MatchScorer in one process, "
                    + $"{options.Achievements:N0} achievements, {options.Demands:N0} demands"
            );
            var (matcher, session) = await MatcherPhase.RunAsync(
                market,
                options.Queries,
                work.FullName,
                output,
                cancellationToken,
                options.Engine
            );
            EndToEndListings listings;
            BaselineQueries selected;
            using (session)
            {
                selected = BaselineQueries.Select(session.Index, market, options.Queries);
                listings = await EndToEndListings.ChooseAsync(
                    session,
                    market,
                    EndToEndRun.SerialPublishes + options.EndToEndPublishes,
                    options.EndToEndDemands,
                    cancellationToken
                );
                output.WriteLine(
                    $"  end-to-end listings: {listings.Achievements.Count} of the next "
                        + $"{listings.AchievementsTried} achievements and {listings.Demands.Count} of the next "
                        + $"{listings.DemandsTried} demands would get a suggestion"
                );
            }

            indexRate = matcher.AchievementsPerSecond;
            matchP50 = matcher.DemandToAchievements.P50;
            matchP95 = matcher.DemandToAchievements.P95;
            table.Add(
                "indexing achievements (batches of 1,000)",
                Number(matcher.AchievementsPerSecond, "docs/s")
                    + (
                        matcher.AchievementsPerCpuSecond is { } perCpu
                            ? $" ({Number(perCpu, "docs per CPU-second")})"
                            : ""
                    ),
                "≥ 10,000 docs/s",
                matcher.AchievementsPerSecond >= IndexTarget
            );
            table.Add("indexing demands", Number(matcher.DemandsPerSecond, "docs/s"));
            table.Add(
                $"demand → top {MatcherPhase.Top} achievements, full scoring",
                Latency(matcher.DemandToAchievements),
                "p95 ≤ 10 ms",
                matcher.DemandToAchievements.P95 <= MatchP95Target
            );
            table.Add(
                $"achievement → top {MatcherPhase.Top} " + "open demands, full scoring",
                Latency(matcher.AchievementToDemands)
            );
            table.Add(
                $"demand → top {MatcherPhase.Top}, {matcher.Threads} threads at once",
                Number(matcher.ParallelQueriesPerSecond, "queries/s")
            );
            table.Add(
                "suggestions per demand query (mean)",
                matcher.MeanSuggestions.ToString("0.0", CultureInfo.InvariantCulture)
            );
            table.Add("index size (managed heap growth while indexing)", Number(matcher.IndexManagedMiB, "MiB"));
            if (matcher.File is { } file)
            {
                table.Add(
                    "index file: size, written in, opened in (time to ready without re-analysing)",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{Number(file.MiB, "MiB")}, {file.Save.TotalSeconds:0.0} s, {file.Open.TotalSeconds:0.0} s"
                    )
                );
            }

            table.Add(
                "this process's peak RSS (index + generated texts + baselines' inputs)",
                Number(matcher.ProcessPeakMiB, "MiB")
            );

            table.Section(
                "Baselines: the same texts, the matcher's analysis, the matcher's selected query terms (≤ 32)"
            );
            if (!options.Skips(SpeedOptions.Phases.Fts5))
            {
                output.WriteLine("SQLite FTS5 baseline ...");
                var fts5 = await Guard(output, table, "SQLite FTS5", () =>
                    BaselinePhase.RunAsync(
                        () => new Fts5Index(Path.Combine(work.FullName, $"fts5-{Guid.NewGuid():N}.db")),
                        market,
                        selected,
                        options.BaselineQueries,
                        options.BaselineBudget,
                        output,
                        cancellationToken
                    )
                );
                if (fts5 is not null)
                {
                    baselineP95 = fts5.DemandToAchievements.P95;
                    AddBaseline(table, fts5, matcher);
                }
                else
                {
                    failed = true;
                }
            }
            else
            {
                table.NotRun("SQLite FTS5 bm25()", "skipped");
            }

            if (!options.Skips(SpeedOptions.Phases.Lucene))
            {
                output.WriteLine("Lucene.Net baseline ...");
                var lucene = await Guard(output, table, "Lucene.Net", () =>
                    BaselinePhase.RunAsync(
                        () => new LuceneIndex(Path.Combine(work.FullName, $"lucene-{Guid.NewGuid():N}")),
                        market,
                        selected,
                        options.Queries,
                        options.BaselineBudget,
                        output,
                        cancellationToken
                    )
                );
                if (lucene is not null)
                {
                    luceneP95 = lucene.DemandToAchievements.P95;
                    AddBaseline(table, lucene, matcher);
                }
                else
                {
                    failed = true;
                }
            }
            else
            {
                table.NotRun("Lucene.Net BM25", "skipped");
            }

            if (options.PostgresConnectionString is { } postgres && !options.Skips(SpeedOptions.Phases.Postgres))
            {
                output.WriteLine("PostgreSQL baseline ...");
                var pg = await Guard(output, table, "PostgreSQL ts_rank", () =>
                    BaselinePhase.RunAsync(
                        () => new PostgresIndex(postgres),
                        market,
                        selected,
                        options.PostgresQueries,
                        options.PostgresBudget,
                        output,
                        cancellationToken
                    )
                );
                if (pg is not null)
                {
                    AddBaseline(table, pg, matcher);
                }
                else
                {
                    failed = true;
                }
            }
            else
            {
                table.NotRun(
                    "PostgreSQL ts_rank",
                    options.PostgresConnectionString is null
                        ? $"no server: --postgres or ${SpeedCommand.PostgresVariable}"
                        : "skipped"
                );
            }

            var runInProcess = !options.Skips(SpeedOptions.Phases.InProcess);
            var runProcesses = !options.Skips(SpeedOptions.Phases.Processes);
            if (runInProcess || runProcesses)
            {
                await using var stores = new ServiceStores(
                    work.FullName,
                    options.ServicesOnPostgres ? options.PostgresConnectionString : null
                );
                var store = stores.OnPostgres ? "PostgreSQL" : "SQLite";
                output.WriteLine($"seeding the services' databases ({store}) ...");
                var seeding = Stopwatch.GetTimestamp();
                var templateIds = stores.OnPostgres
                    ? null
                    : await MarketSeeder.SeedAsync(stores.SettingsFor("template"), market, cancellationToken);
                output.WriteLine($"  seeded in {Stopwatch.GetElapsedTime(seeding).TotalSeconds:0.0} s");
                GC.Collect();

                table.Section(
                    $"End to end, one process: all services, {store}, in-memory bus, "
                        + $"{options.PublishesPerSecond:0} publishes/s"
                );
                if (runInProcess)
                {
                    output.WriteLine("one process ...");
                    if (templateIds is not null)
                    {
                        stores.CopySqlite("template", "in-process", "achievements");
                        stores.CopySqlite("template", "in-process", "matching");
                    }
                    else
                    {
                        await MarketSeeder.SeedAsync(stores.SettingsFor("in-process"), market, cancellationToken);
                    }

                    var inProcess = await Guard(output, table, "one process", () =>
                        InProcessRun.RunAsync(
                            stores.SettingsFor("in-process"),
                            listings,
                            options,
                            output,
                            cancellationToken
                        )
                    );
                    if (inProcess is var (figures, startup))
                    {
                        table.Add(
                            "start-up until ready (index loaded from the database)",
                            $"{startup.TotalSeconds:0.0} s"
                        );
                        AddEndToEnd(table, figures, target: null);
                    }
                    else
                    {
                        failed = true;
                    }
                }
                else
                {
                    table.NotRun("one process", "skipped");
                }

                var (demands, broker) = options.RabbitMqUri is null
                    ? ("", "no broker")
                    : (" (and demands, to open demands)", "RabbitMQ");
                table.Section(
                    $"Separate processes: achievements and matching services{demands}, own {store} databases, {broker}"
                );
                if (runProcesses)
                {
                    output.WriteLine("separate processes ...");
                    IReadOnlyList<Guid> ids;
                    if (templateIds is not null)
                    {
                        stores.CopySqlite("template", "processes-achievements", "achievements");
                        stores.CopySqlite("template", "processes-matching", "matching");
                        ids = templateIds;
                    }
                    else
                    {
                        ids = await MarketSeeder.SeedAsync(stores.SettingsFor("processes"), market, cancellationToken);
                    }

                    var processes = await Guard(output, table, "separate processes", () =>
                        ProcessesRun.RunAsync(stores, ids, listings, options, output, cancellationToken)
                    );
                    if (processes is not null)
                    {
                        AddProcesses(table, processes, options);
                        endToEndP95 = processes.EndToEnd?.PublishToSuggestion.P95;
                        rss = processes.MatchingAtEnd?.PeakResidentMiB;
                    }
                    else
                    {
                        failed = true;
                    }
                }
                else
                {
                    table.NotRun("separate processes", "skipped");
                }
            }
        }
        finally
        {
            if (!options.KeepWorkDirectory && options.WorkDirectory is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                try
                {
                    work.Delete(recursive: true);
                }
                catch (IOException)
                {
                    // A file still held open; the folder is in the temp folder anyway.
                }
            }
        }

        table.Section("Conditions");
        table.Add(
            "load average (1, 5, 15 min) at start / at end",
            $"{loadAtStart} / {MachineInfo.LoadAverage()}",
            $"below {Environment.ProcessorCount} (nothing else running)"
        );
        output.WriteLine();
        table.WriteTo(output);
        output.WriteLine();
        output.WriteLine(
            new SpeedSummary(indexRate, matchP50, matchP95, baselineP95, endToEndP95, rss, luceneP95).ToLine()
        );
        return failed ? 1 : 0;
    }

    private static void AddBaseline(SpeedTable table, BaselineFigures baseline, MatcherFigures matcher)
    {
        var ratio = matcher.DemandToAchievements.P95 / baseline.DemandToAchievements.P95;
        table.Add(
            $"{baseline.Engine}: building the achievements index",
            Number(baseline.AchievementsPerSecond, "docs/s")
        );
        table.Add(
            $"{baseline.Engine}: demand → top {MatcherPhase.Top} achievements "
                + $"({baseline.MeanQueryTerms:0} query terms on average)",
            Latency(baseline.DemandToAchievements),
            "matcher faster at p95"
        );
        table.Add(
            $"  ratio matcher / {baseline.Engine} at p95 (p50)",
            string.Create(
                CultureInfo.InvariantCulture,
                $"{ratio:0.000} " + $"({matcher.DemandToAchievements.P50 / baseline.DemandToAchievements.P50:0.000})"
            ),
            "< 1",
            ratio < 1
        );
        if (baseline.HeapMiB is { } heap)
        {
            table.Add(
                $"{baseline.Engine}: achievements index in memory (managed heap growth"
                    + (baseline.MappedResidentMiB is null ? ")" : "; + resident mapped index files)"),
                Number(heap, "MiB") + (baseline.MappedResidentMiB is { } mapped ? $" + {Number(mapped, "MiB")}" : "")
            );
        }

        if (baseline.DiskMiB is { } disk)
        {
            table.Add($"{baseline.Engine}: achievements index on disk", Number(disk, "MiB"));
        }

        if (baseline.OpenTime is { } open)
        {
            table.Add(
                $"{baseline.Engine}: opening the committed achievements index (time to ready)",
                $"{open.TotalSeconds:0.00} s"
            );
        }
        table.Add(
            $"{baseline.Engine}: achievement → " + $"top {MatcherPhase.Top} demands",
            Latency(baseline.AchievementToDemands)
        );
        table.Add(
            $"  ratio matcher / {baseline.Engine} at p95 (p50)",
            string.Create(
                CultureInfo.InvariantCulture,
                $"{matcher.AchievementToDemands.P95 / baseline.AchievementToDemands.P95:0.000} "
                    + $"({matcher.AchievementToDemands.P50 / baseline.AchievementToDemands.P50:0.000})"
            )
        );
    }

    private static void AddEndToEnd(SpeedTable table, EndToEndFigures figures, string? target)
    {
        table.Add(
            "achievement published → MatchSuggested, one at " + $"a time (no queueing), n={figures.OneAtATime.Count}",
            Latency(figures.OneAtATime)
        );
        table.Add(
            $"achievement published (POST …/publish) → MatchSuggested observed, {figures.Rate:0} per "
                + $"second; {figures.PublishToSuggestion.Count} of {figures.Published} observed"
                + (figures.PublishFailures > 0 ? $", {figures.PublishFailures} publish calls failed" : ""),
            Latency(figures.PublishToSuggestion),
            target ?? "",
            target is null
                ? null
                : figures.PublishToSuggestion.P95 <= EndToEndP95Target && figures.PublishToSuggestion.Count > 0
        );
        table.Add("  of which the publish call itself", Latency(figures.PublishCall));
        table.Add(
            $"demand opened (POST …/open) → MatchSuggested; {figures.OpenToSuggestion.Count} of "
                + $"{figures.Opened} observed"
                + (figures.OpenFailures > 0 ? $", {figures.OpenFailures} open calls failed" : ""),
            Latency(figures.OpenToSuggestion)
        );
    }

    private static void AddProcesses(SpeedTable table, ProcessesFigures figures, SpeedOptions options)
    {
        table.Add(
            "matching service start-up until ready (index loaded from its database)",
            $"{figures.MatchingStartup.TotalSeconds:0.0} s"
        );
        table.Add(
            "CPU used while idle (no requests, no events)",
            string.Create(
                CultureInfo.InvariantCulture,
                $"achievements {figures.Idle.Achievements:P0} of a core, matching {figures.Idle.Matching:P0}"
            ),
            "≈ 0"
        );
        if (figures.EndToEnd is { } endToEnd)
        {
            AddEndToEnd(table, endToEnd, "p95 ≤ 250 ms");
            if (figures.PerPublishedListing is { } cpu)
            {
                table.Add(
                    "  CPU per listing entering the " + "market (whole end-to-end run ÷ listings)",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"achievements service {cpu.Achievements:0.0} ms, matching service {cpu.Matching:0.0} ms"
                    )
                );
            }
        }
        else
        {
            table.NotRun(
                "achievement published → MatchSuggested over RabbitMQ",
                $"no broker: --rabbitmq or ${SpeedCommand.RabbitMqVariable}",
                "p95 ≤ 250 ms"
            );
        }

        if (figures.GetById is { } get)
        {
            table.Add(
                $"HTTP GET /api/achievements/{{id}}, {get.Concurrency} clients",
                $"{Number(get.RequestsPerSecond, "requests/s")}, p95 {Milliseconds(get.Latency.P95)}" + Errors(get),
                "≥ 3,000 requests/s",
                get.RequestsPerSecond >= GetByIdTarget && get.Errors == 0
            );
        }
        else
        {
            table.NotRun("HTTP GET by id", "skipped", "≥ 3,000 requests/s");
        }

        if (figures.FilteredList is { } list)
        {
            table.Add(
                "HTTP GET /api/achievements?industry=…&province=… (page of 20 with total), "
                    + $"{list.Concurrency} clients",
                $"{Number(list.RequestsPerSecond, "requests/s")}, p95 {Milliseconds(list.Latency.P95)}" + Errors(list)
            );
        }

        if (figures.MatchingAtEnd is { } memory)
        {
            table.Add(
                "matching service peak RSS (VmHWM)"
                    + (options.RabbitMqUri is null ? ", after loading" : ", after loading and the end-to-end run"),
                Number(memory.PeakResidentMiB, "MiB")
                    + (figures.MatchingAtReady is { } ready ? $" (RSS at ready {ready.ResidentMiB:0} MiB)" : ""),
                "≤ 1,536 MiB",
                memory.PeakResidentMiB <= RssTargetMiB
            );
        }

        if (figures.AchievementsAtEnd is { } achievements)
        {
            table.Add("achievements service peak RSS (VmHWM)", Number(achievements.PeakResidentMiB, "MiB"));
        }
    }

    private static string Errors(Http.HttpFigures figures) =>
        (
            figures.ServerCpuMicroseconds is { } cpu
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"; service CPU {cpu:0} µs per request (alone on {Environment.ProcessorCount} cores: ≈ "
                        + $"{figures.ServiceAloneCapacity:N0} requests/s)"
                )
                : ""
        )
        + (
            figures.ClientCpuMicroseconds is { } client
                ? string.Create(CultureInfo.InvariantCulture, $", load client CPU {client:0} µs per request")
                : ""
        )
        + (figures.Errors > 0 ? $", {figures.Errors} errors" : "");

    private static async Task<T?> Guard<T>(TextWriter output, SpeedTable table, string phase, Func<Task<T>> run)
        where T : class
    {
        try
        {
            return await run();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            output.WriteLine($"{phase} failed: {exception}");
            table.NotRun(phase, "failed: " + exception.Message.Split('\n')[0]);
            return null;
        }
    }

    private static async Task<(T1, T2)?> Guard<T1, T2>(
        TextWriter output,
        SpeedTable table,
        string phase,
        Func<Task<(T1, T2)>> run
    )
    {
        try
        {
            return await run();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            output.WriteLine($"{phase} failed: {exception}");
            table.NotRun(phase, "failed: " + exception.Message.Split('\n')[0]);
            return null;
        }
    }
}
