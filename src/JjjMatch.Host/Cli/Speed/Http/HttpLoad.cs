using System.Diagnostics;
using JjjMatch.Host.Cli.Speed.Measure;

namespace JjjMatch.Host.Cli.Speed.Http;

public sealed record HttpFigures(string Name, double RequestsPerSecond, LatencyStats Latency, int Errors, int Concurrency)
{
    /// <summary>CPU the serving process used per request over the whole run, warm-up included; null when not measured.</summary>
    public double? ServerCpuMicroseconds { get; init; }
}

/// <summary>
/// A closed-loop load: a fixed number of clients each sends its next request as soon as the previous answer is
/// read. After a warm-up, counts completed requests and their latencies for the given time.
/// </summary>
public static class HttpLoad
{
    /// <param name="serverCpu">Reads the serving process's CPU time, to report its cost per request.</param>
    public static async Task<HttpFigures> RunAsync(
        string name, HttpClient client, Func<int, string> path, int concurrency, TimeSpan warmUp, TimeSpan duration, CancellationToken cancellationToken,
        Func<TimeSpan>? serverCpu = null)
    {
        var cpuFrom = serverCpu?.Invoke();
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(path);
        var started = Stopwatch.GetTimestamp();
        var measureFrom = warmUp;
        var measureUntil = warmUp + duration;
        var perClient = new List<double>[concurrency];
        var errors = 0;
        var next = -1;
        var completed = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(c => Task.Run(async () =>
        {
            var latencies = perClient[c] = new List<double>(4096);
            while (Stopwatch.GetElapsedTime(started) < measureUntil && !cancellationToken.IsCancellationRequested)
            {
                var request = Stopwatch.GetTimestamp();
                var counted = Stopwatch.GetElapsedTime(started) >= measureFrom;
                try
                {
                    using var response = await client.GetAsync(path(Interlocked.Increment(ref next)), cancellationToken);
                    await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    if (!response.IsSuccessStatusCode && counted) Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException)
                {
                    if (counted) Interlocked.Increment(ref errors);
                }

                var done = Stopwatch.GetTimestamp();
                Interlocked.Increment(ref completed);
                if (counted && Stopwatch.GetElapsedTime(started, done) <= measureUntil)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(request, done).TotalMilliseconds);
                }
            }
        }, cancellationToken)));

        var all = perClient.SelectMany(l => l).ToList();
        return new HttpFigures(name, all.Count / duration.TotalSeconds, LatencyStats.Of(all), errors, concurrency)
        {
            ServerCpuMicroseconds = serverCpu is null || completed == 0 ? null : (serverCpu() - cpuFrom!.Value).TotalMicroseconds / completed,
        };
    }

    public static HttpClient Client(Uri baseAddress, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        BenchAuth.Authorize(client);
        return client;
    }
}
