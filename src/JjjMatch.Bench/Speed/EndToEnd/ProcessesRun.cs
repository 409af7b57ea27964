using JjjMatch.Bench.Speed.Http;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.Contracts.Matching;
using JjjMatch.Host.DemoData;
using MassTransit;

namespace JjjMatch.Bench.Speed.EndToEnd;

public sealed record ProcessesFigures(
    string Transport,
    TimeSpan MatchingStartup,
    ProcessMemory? MatchingAtReady,
    ProcessMemory? MatchingAtEnd,
    ProcessMemory? AchievementsAtEnd,
    HttpFigures? GetById,
    HttpFigures? FilteredList,
    EndToEndFigures? EndToEnd,
    ServiceCpu Idle,
    ServiceCpu? PerPublishedListing
);

/// <summary>
/// CPU used by each service, as a share of one core (idle) or in milliseconds per listing (end to end).
/// </summary>
public sealed record ServiceCpu(double Achievements, double Matching);

/// <summary>
/// The production shape: the achievements and the matching service each in a process of its own with its own
/// databases, talking over RabbitMQ when a broker is given (else each runs alone on the in-memory bus, which is
/// enough for the HTTP and memory figures). With a broker the demands service runs in a third process for the
/// end-to-end run: the benchmark process drives the achievements and demands APIs and observes MatchSuggested
/// through a MassTransit bus of its own on a temporary queue.
/// </summary>
public static class ProcessesRun
{
    private static readonly string[] Provinces = ["Beijing", "Tianjin", "Hebei", "Other"];

    public static async Task<ProcessesFigures> RunAsync(
        ServiceStores stores,
        IReadOnlyList<Guid> achievementIds,
        EndToEndListings listings,
        SpeedOptions options,
        TextWriter log,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(achievementIds);
        ArgumentNullException.ThrowIfNull(options);
        string[] bus = options.RabbitMqUri is { } uri
            ? ["Bus:Transport=RabbitMq", $"Bus:RabbitMqUri={uri}", "Bus:WaitUntilStarted=true"]
            : ["Bus:Transport=InMemory"];
        var transport = options.RabbitMqUri is null ? "in-memory bus, each service alone" : "RabbitMQ";
        await using var achievements = ServiceProcess.Start(
            "achievements",
            [.. stores.SettingsFor(stores.OnPostgres ? "processes" : "processes-achievements"), .. bus],
            stores.WorkDirectory
        );
        // Kept in a folder, as a large market is deployed: the index's postings then live in its mapped file.
        await using var matching = ServiceProcess.Start(
            "matching",
            [
                .. stores.SettingsFor(stores.OnPostgres ? "processes" : "processes-matching"),
                .. bus,
                $"Search:EmbeddedDirectory={Path.Combine(stores.WorkDirectory, "processes-matching-index")}",
            ],
            stores.WorkDirectory
        );
        var matchingStartup = await matching.WaitUntilReadyAsync(TimeSpan.FromMinutes(15), cancellationToken);
        await achievements.WaitUntilReadyAsync(TimeSpan.FromMinutes(5), cancellationToken);
        var matchingAtReady = matching.Memory;
        log.WriteLine(
            $"  separate processes ({transport}): matching ready in {matchingStartup.TotalSeconds:0.0} "
                + $"s, RSS {matchingAtReady?.ResidentMiB:0} MiB"
        );

        // Idle, a service should use next to no CPU; what it uses here it takes from every request. Measured after
        // a pause, once start-up work (tiered JIT, the collection after loading the index) has died down.
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        var idleFrom = (Achievements: achievements.Cpu, Matching: matching.Cpu);
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var idle = new ServiceCpu(
            (achievements.Cpu - idleFrom.Achievements) / TimeSpan.FromSeconds(5),
            (matching.Cpu - idleFrom.Matching) / TimeSpan.FromSeconds(5)
        );
        log.WriteLine($"  idle CPU: achievements {idle.Achievements:P0} of a core, matching {idle.Matching:P0}");

        HttpFigures? getById = null,
            list = null;
        if (!options.Skips(SpeedOptions.Phases.Http))
        {
            using var client = HttpLoad.Client(achievements.BaseAddress, options.HttpConcurrency);
            var parents = Industries();
            getById = await HttpLoad.RunAsync(
                "GET /api/achievements/{id}",
                client,
                i => $"api/achievements/{achievementIds[(int)((i * 7919L) % achievementIds.Count)]}",
                options.HttpConcurrency,
                HttpLoad.WarmUp,
                options.HttpDuration,
                cancellationToken,
                () => achievements.Cpu
            );
            log.WriteLine($"  GET by id: {getById.RequestsPerSecond:0} requests/s, p95 {getById.Latency.P95:0.0} ms");
            list = await HttpLoad.RunAsync(
                "GET /api/achievements?industry=&province=",
                client,
                i =>
                    $"api/achievements?industry={Uri.EscapeDataString(parents[i % parents.Count])}"
                    + $"&province={Provinces[(i / parents.Count) % Provinces.Length]}",
                options.HttpConcurrency,
                HttpLoad.WarmUp,
                options.HttpDuration,
                cancellationToken,
                () => achievements.Cpu
            );
            log.WriteLine($"  filtered list: {list.RequestsPerSecond:0} requests/s, p95 {list.Latency.P95:0.0} ms");
        }

        EndToEndFigures? endToEnd = null;
        ServiceCpu? perListing = null;
        if (options.RabbitMqUri is { } broker)
        {
            await using var demands = ServiceProcess.Start(
                "demands",
                [.. stores.SettingsFor(stores.OnPostgres ? "processes" : "processes-demands"), .. bus],
                stores.WorkDirectory
            );
            await demands.WaitUntilReadyAsync(TimeSpan.FromMinutes(5), cancellationToken);
            var observer = new SuggestionObserver();
            var benchBus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
            {
                rabbit.Host(new Uri(broker));
                rabbit.ReceiveEndpoint("speed-observer-" + Guid.NewGuid().ToString("N")[..8], endpoint =>
                {
                    endpoint.AutoDelete = true;
                    endpoint.Durable = false;
                    endpoint.Handler<MatchSuggested>(context =>
                    {
                        observer.Saw(context.Message);
                        return Task.CompletedTask;
                    });
                });
            });
            await benchBus.StartAsync(cancellationToken);
            try
            {
                using var client = HttpLoad.Client(achievements.BaseAddress, 64);
                using var demandsApi = HttpLoad.Client(demands.BaseAddress, 64, DemoAccounts.Enterprise);
                var from = (Achievements: achievements.Cpu, Matching: matching.Cpu);
                endToEnd = await EndToEndRun.RunAsync(
                    client,
                    demandsApi,
                    observer,
                    listings,
                    options,
                    log,
                    cancellationToken
                );
                var count = listings.Achievements.Count + listings.Demands.Count;
                perListing = new ServiceCpu(
                    (achievements.Cpu - from.Achievements).TotalMilliseconds / count,
                    (matching.Cpu - from.Matching).TotalMilliseconds / count
                );
            }
            finally
            {
                await benchBus.StopAsync(CancellationToken.None);
            }
        }

        return new ProcessesFigures(
            transport,
            matchingStartup,
            matchingAtReady,
            matching.Memory,
            achievements.Memory,
            getById,
            list,
            endToEnd,
            idle,
            perListing
        );
    }

    private static List<string> Industries() =>
        [.. Contracts.Taxonomy.Industries.All.Where(i => !i.Code.Contains('-')).Select(i => i.Code)];
}
