using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JjjMatch.Bench.Speed;
using JjjMatch.Bench.Speed.EndToEnd;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Host.DemoData;
using JjjMatch.Host.Hosting;

namespace JjjMatch.Bench.Writes;

public sealed record WritesOptions(
    int Writes,
    int Rounds,
    int WarmupRounds,
    string? WorkDirectory,
    IReadOnlyList<string> Settings
);

/// <summary>
/// Many writers at once on the embedded default: three organisations (two universities, one enterprise) each send
/// their share of <see cref="WritesOptions.Writes"/> requests at the same instant, first creating drafts, then
/// publishing (or opening) them, which fills the outboxes and sets the matcher to work. Each burst meets a settled
/// service (the previous burst's background work done), and the time that work takes after a burst is reported.
/// </summary>
public static class WritesBenchmark
{
    private static readonly Account SecondUniversity = DemoAccounts.University with
    {
        Name = "university-2",
        UserId = Guid.Parse("0b6f8f2e-4a1d-4c57-9a30-0000000ba002"),
        OrganisationId = Guid.Parse("0b6f8f2e-4a1d-4c57-9a30-00000000a002"),
        OrganisationName = "天津大学",
    };

    public static async Task<int> RunAsync(WritesOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var work = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "jjjmatch-writes-" + Guid.NewGuid());
        Directory.CreateDirectory(work);
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        log.WriteLine($"writes: {options.Writes} simultaneous writes from 3 organisations, {options.Rounds} rounds");
        log.WriteLine($"machine: {MachineInfo.Describe()}; load average before: {MachineInfo.LoadAverage()}");
        var app = ApiHost.Build([
            .. options
                .Settings.Concat(BenchAuth.HostSettings)
                .Concat([
                    $"Urls={address.ToString().TrimEnd('/')}",
                    $"Database:DataDirectory={work}",
                    "DemoData:Enabled=false",
                    "Logging:LogLevel:Default=Warning",
                ])
                .Select(s => "--" + s),
        ]);
        try
        {
            await app.StartAsync(cancellationToken);
            var writers = new[] { DemoAccounts.University, SecondUniversity, DemoAccounts.Enterprise }
                .Select(account => HttpLoadClient(address, options.Writes, account))
                .ToArray();
            // A small first round opens the connections; full warm-up rounds bring the request path to optimised code
            // (tiered compilation), as on a server that has been running. None of them is counted.
            await RoundAsync(writers, 30, 0, cancellationToken);
            for (var round = 1; round <= options.WarmupRounds; round++)
            {
                var figures = await RoundAsync(writers, options.Writes, round * options.Writes, cancellationToken);
                log.WriteLine($"  warm-up {round}: {figures} (not counted)");
            }

            var rounds = new List<RoundFigures>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                var figures = await RoundAsync(
                    writers,
                    options.Writes,
                    (options.WarmupRounds + round) * options.Writes,
                    cancellationToken
                );
                rounds.Add(figures);
                log.WriteLine($"  round {round}: {figures}");
            }

            var creates = rounds.SelectMany(r => r.Creates).ToList();
            var publishes = rounds.SelectMany(r => r.Publishes).ToList();
            var errors = rounds.Sum(r => r.Errors);
            log.WriteLine();
            // CPU barely depends on what else runs on the machine: it bounds the latency an idle machine would give.
            log.WriteLine(
                "CPU per write (service and load client, one process): "
                    + $"create {rounds.Average(r => r.CpuPerCreate):0.00} ms, "
                    + $"publish {rounds.Average(r => r.CpuPerPublish):0.00} ms; "
                    + $"background work after each publish {rounds.Average(r => r.CpuPerCaughtUp):0.00} ms, "
                    + $"caught up {rounds.Average(r => r.CaughtUp.TotalSeconds):0.0} s after the last publish "
                    + $"({Environment.ProcessorCount} cores)"
            );
            log.WriteLine("| writes | count | mean ms | p50 ms | p95 ms | p99 ms | max ms |");
            log.WriteLine("|---|---|---|---|---|---|---|");
            Row(log, "create (POST /api/achievements, /api/demands)", LatencyStats.Of(creates));
            Row(log, "publish / open", LatencyStats.Of(publishes));
            Row(log, "all", LatencyStats.Of(creates.Concat(publishes)));
            log.WriteLine();
            log.WriteLine($"errors: {errors}; load average after: {MachineInfo.LoadAverage()}");
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            if (options.WorkDirectory is null)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static readonly TimeSpan SettleLimit = TimeSpan.FromMinutes(2);

    private static HttpClient HttpLoadClient(Uri address, int connections, Account account) =>
        Speed.Http.HttpLoad.Client(address, connections, account);

    /// <summary>
    /// On a settled service, every writer's share of creates at once, then every publish at once; the latencies of
    /// each, and how long the background work the publishes set off took to finish.
    /// </summary>
    private static async Task<RoundFigures> RoundAsync(
        HttpClient[] writers,
        int writes,
        int offset,
        CancellationToken cancellationToken
    )
    {
        var errors = 0;
        var work = Enumerable.Range(0, writes).Select(i => (Client: writers[i % writers.Length], N: offset + i));
        await Settling.WaitAsync(SettleLimit, cancellationToken);
        var cpuBefore = ProcessCpu.Read(Environment.ProcessId);
        var created = await AllAtOnceAsync<(HttpClient Client, int N), (HttpClient Client, string Path)?>(
            work,
            async w =>
            {
                var isDemand = w.Client == writers[^1];
                var name = isDemand ? "唐山钢铁集团有限责任公司" : "清华大学";
                var (path, body) = isDemand
                    ? ("api/demands", WriteBodies.Demand(w.N, name))
                    : ("api/achievements", WriteBodies.Achievement(w.N, name));
                using var response = await w.Client.PostAsJsonAsync(path, body, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                    return null;
                }

                var id = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["id"]!;
                return (w.Client, Path: isDemand ? $"api/demands/{id}/open" : $"api/achievements/{id}/publish");
            }
        );
        var cpuCreated = ProcessCpu.Read(Environment.ProcessId);
        await Settling.WaitAsync(SettleLimit, cancellationToken);
        var cpuBeforePublish = ProcessCpu.Read(Environment.ProcessId);
        var published = await AllAtOnceAsync(
            created.Results.OfType<(HttpClient Client, string Path)>().ToList(),
            async p =>
            {
                using var response = await p.Client.PostAsync(p.Path, null, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }

                return true;
            }
        );
        var cpuPublished = ProcessCpu.Read(Environment.ProcessId);
        var catchUp = await Settling.WaitAsync(SettleLimit, cancellationToken);
        var cpuCaughtUp = ProcessCpu.Read(Environment.ProcessId);
        return new RoundFigures(
            created.Milliseconds,
            published.Milliseconds,
            errors,
            PerWrite(cpuCreated - cpuBefore, writes),
            PerWrite(cpuPublished - cpuBeforePublish, writes),
            catchUp,
            PerWrite(cpuCaughtUp - cpuPublished, writes)
        );
    }

    private static double? PerWrite(TimeSpan? cpu, int writes) => cpu?.TotalMilliseconds / writes;

    /// <summary>Starts every call at the same moment and times each one from that moment to its answer.</summary>
    private static async Task<(List<double> Milliseconds, List<TResult> Results)> AllAtOnceAsync<T, TResult>(
        IEnumerable<T> items,
        Func<T, Task<TResult>> call
    )
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = items
            .Select(async item =>
            {
                await gate.Task;
                var started = Stopwatch.GetTimestamp();
                var result = await call(item);
                return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, result);
            })
            .ToList();
        gate.SetResult();
        var done = await Task.WhenAll(tasks);
        return (done.Select(d => d.TotalMilliseconds).ToList(), done.Select(d => d.result).ToList());
    }

    /// <summary>One round: latencies, and CPU per write of each phase (service and load client together).</summary>
    private sealed record RoundFigures(
        List<double> Creates,
        List<double> Publishes,
        int Errors,
        double? CpuPerCreate,
        double? CpuPerPublish,
        TimeSpan CaughtUp,
        double? CpuPerCaughtUp
    )
    {
        public override string ToString() =>
            $"create p95 {LatencyStats.Of(Creates).P95:0} ms, publish p95 {LatencyStats.Of(Publishes).P95:0} ms, "
            + $"errors {Errors}; CPU per create {CpuPerCreate:0.00} ms, per publish {CpuPerPublish:0.00} ms; "
            + $"caught up {CaughtUp.TotalSeconds:0.0} s later";
    }

    private static void Row(TextWriter log, string name, LatencyStats s) =>
        log.WriteLine($"| {name} | {s.Count} | {s.Mean:0} | {s.P50:0} | {s.P95:0} | {s.P99:0} | {s.Max:0} |");
}
