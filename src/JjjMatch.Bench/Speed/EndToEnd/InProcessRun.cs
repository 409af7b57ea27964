using System.Diagnostics;
using JjjMatch.Contracts.Matching;
using JjjMatch.Host.DemoData;
using JjjMatch.Host.Hosting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Bench.Speed.EndToEnd;

/// <summary>
/// The embedded default: every service in one process (started here, inside the benchmark process), SQLite,
/// the in-memory bus. The benchmark's MatchSuggested consumer is a receive endpoint connected to that same bus.
/// </summary>
public static class InProcessRun
{
    public static async Task<(EndToEndFigures Figures, TimeSpan Startup)> RunAsync(
        IReadOnlyList<string> settings,
        EndToEndListings listings,
        SpeedOptions options,
        TextWriter log,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var app = ApiHost.Build([
            .. settings
                .Concat(BenchAuth.HostSettings)
                .Concat([
                    $"Urls={address.ToString().TrimEnd('/')}",
                    "DemoData:Enabled=false",
                    "Bus:Transport=InMemory",
                    "Logging:LogLevel:Default=Warning",
                    "Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
                ])
                .Select(s => "--" + s),
        ]);
        try
        {
            var started = Stopwatch.GetTimestamp();
            await app.StartAsync(cancellationToken);
            using var http = Http.HttpLoad.Client(address, 64);
            await WaitUntilReadyAsync(http, cancellationToken);
            var startup = Stopwatch.GetElapsedTime(started);
            log.WriteLine($"  one process: ready in {startup.TotalSeconds:0.0} s (index loaded from SQLite)");

            var observer = new SuggestionObserver();
            var handle = app
                .Services.GetRequiredService<IReceiveEndpointConnector>()
                .ConnectReceiveEndpoint("speed-observer-" + Guid.NewGuid().ToString("N")[..8], (_, endpoint) =>
                    endpoint.Handler<MatchSuggested>(context =>
                    {
                        observer.Saw(context.Message);
                        return Task.CompletedTask;
                    })
                );
            await handle.Ready.WaitAsync(cancellationToken);
            try
            {
                using var demandsApi = Http.HttpLoad.Client(address, 64, DemoAccounts.Enterprise);
                return (
                    await EndToEndRun.RunAsync(http, demandsApi, observer, listings, options, log, cancellationToken),
                    startup
                );
            }
            finally
            {
                await handle.StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var response = await http.GetAsync("health/ready", cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
