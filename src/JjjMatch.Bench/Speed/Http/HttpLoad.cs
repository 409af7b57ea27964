using System.Diagnostics;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Host.DemoData;

namespace JjjMatch.Bench.Speed.Http;

public sealed record HttpFigures(
    string Name,
    double RequestsPerSecond,
    LatencyStats Latency,
    int Errors,
    int Concurrency
)
{
    /// <summary>
    /// CPU the serving process used per request completed in the counted window; null when not measured.
    /// </summary>
    public double? ServerCpuMicroseconds { get; init; }

    /// <summary>
    /// CPU the load client (this process) used per request in the same window: what the service did not get.
    /// </summary>
    public double? ClientCpuMicroseconds { get; init; }

    /// <summary>Requests per second the service alone could serve with every core of this machine to itself.</summary>
    public double? ServiceAloneCapacity =>
        ServerCpuMicroseconds is > 0 and var cpu ? Environment.ProcessorCount * 1e6 / cpu : null;

    /// <summary>
    /// CPU per request from process CPU times at the start and end of a window; null without requests.
    /// </summary>
    public static double? CpuPerRequest(TimeSpan? from, TimeSpan? to, long requests) =>
        from is { } start && to is { } end && requests > 0 ? (end - start).TotalMicroseconds / requests : null;
}

/// <summary>
/// A closed-loop load: a fixed number of clients each sends its next request as soon as the previous answer is
/// read. After a warm-up, counts completed requests and their latencies for the given time.
/// </summary>
public static class HttpLoad
{
    /// <summary>
    /// Long enough for tiered compilation to reach optimised code on the request path, as in a service that has been up
    /// a while: measured on GET by id, the first 13 s after start cost 840 µs of service CPU per request, later ones
    /// 300–400.
    /// </summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(15);

    /// <param name="serverCpu">Reads the serving process's CPU time, to report its cost per request.</param>
    public static async Task<HttpFigures> RunAsync(
        string name,
        HttpClient client,
        Func<int, string> path,
        int concurrency,
        TimeSpan warmUp,
        TimeSpan duration,
        CancellationToken cancellationToken,
        Func<TimeSpan>? serverCpu = null
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(path);
        var started = Stopwatch.GetTimestamp();
        var measureFrom = warmUp;
        var measureUntil = warmUp + duration;
        var perClient = new List<double>[concurrency];
        var errors = 0;
        var next = -1;
        var completed = 0L;
        TimeSpan? serverFrom = null,
            serverTo = null,
            clientFrom = null,
            clientTo = null;
        long completedFrom = 0,
            completedTo = 0;
        // CPU is read at the window's edges, so start-up and tiered JIT during the warm-up are not in the figures.
        var window = Task.Run(
            async () =>
            {
                await Task.Delay(measureFrom, cancellationToken);
                (serverFrom, clientFrom, completedFrom) = (
                    serverCpu?.Invoke(),
                    ProcessCpu.Read(Environment.ProcessId),
                    Interlocked.Read(ref completed)
                );
                await Task.Delay(duration, cancellationToken);
                (serverTo, clientTo, completedTo) = (
                    serverCpu?.Invoke(),
                    ProcessCpu.Read(Environment.ProcessId),
                    Interlocked.Read(ref completed)
                );
            },
            cancellationToken
        );
        await Task.WhenAll(
            Enumerable
                .Range(0, concurrency)
                .Select(c =>
                    Task.Run(
                        async () =>
                        {
                            var latencies = perClient[c] = new List<double>(4096);
                            while (
                                Stopwatch.GetElapsedTime(started) < measureUntil
                                && !cancellationToken.IsCancellationRequested
                            )
                            {
                                var request = Stopwatch.GetTimestamp();
                                var counted = Stopwatch.GetElapsedTime(started) >= measureFrom;
                                try
                                {
                                    using var response = await client.GetAsync(
                                        path(Interlocked.Increment(ref next)),
                                        cancellationToken
                                    );
                                    await response.Content.ReadAsByteArrayAsync(cancellationToken);
                                    if (!response.IsSuccessStatusCode && counted)
                                    {
                                        Interlocked.Increment(ref errors);
                                    }
                                }
                                catch (HttpRequestException)
                                {
                                    if (counted)
                                    {
                                        Interlocked.Increment(ref errors);
                                    }
                                }

                                var done = Stopwatch.GetTimestamp();
                                Interlocked.Increment(ref completed);
                                if (counted && Stopwatch.GetElapsedTime(started, done) <= measureUntil)
                                {
                                    latencies.Add(Stopwatch.GetElapsedTime(request, done).TotalMilliseconds);
                                }
                            }
                        },
                        cancellationToken
                    )
                )
                .Append(window)
        );

        var all = perClient.SelectMany(l => l).ToList();
        return new HttpFigures(name, all.Count / duration.TotalSeconds, LatencyStats.Of(all), errors, concurrency)
        {
            ServerCpuMicroseconds = HttpFigures.CpuPerRequest(serverFrom, serverTo, completedTo - completedFrom),
            ClientCpuMicroseconds = HttpFigures.CpuPerRequest(clientFrom, clientTo, completedTo - completedFrom),
        };
    }

    /// <param name="account">Whom the requests speak for: the demo university unless told otherwise.</param>
    public static HttpClient Client(Uri baseAddress, int connections, Account? account = null)
    {
        var client = new HttpClient(
            new SocketsHttpHandler
            {
                MaxConnectionsPerServer = connections,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                UseCookies = false,
            }
        )
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        BenchAuth.Authorize(client, account ?? DemoAccounts.University);
        return client;
    }
}
