using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Bench.Speed.Generation;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.BuildingBlocks.Http;

namespace JjjMatch.Bench.Speed.EndToEnd;

public sealed record EndToEndFigures(
    LatencyStats OneAtATime,
    LatencyStats PublishToSuggestion,
    int Published,
    int PublishFailures,
    LatencyStats PublishCall,
    LatencyStats OpenToSuggestion,
    int Opened,
    int OpenFailures,
    double Rate
);

/// <summary>
/// New listings entering a running market at a steady rate. Achievements: each is created as a draft first
/// (not timed), then published with POST /api/achievements/{id}/publish at the given rate; the latency runs from
/// the start of that call until the first MatchSuggested naming it reaches the benchmark's bus consumer.
/// Demands likewise: created as drafts by the demo enterprise, then opened with POST /api/demands/{id}/open, so
/// that the demands service writes DemandOpened to its own outbox as it does for a real enterprise. A listing that
/// gets no suggestion within the patience counts as published but not observed.
/// </summary>
public static class EndToEndRun
{
    /// <summary>Achievements published one by one before the steady run; the chosen listings include them.</summary>
    public const int SerialPublishes = 20;

    private static readonly JsonSerializerOptions Json = CreateJson();

    public static async Task<EndToEndFigures> RunAsync(
        HttpClient achievementsApi,
        HttpClient demandsApi,
        SuggestionObserver observer,
        EndToEndListings listings,
        SpeedOptions options,
        TextWriter log,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(achievementsApi);
        ArgumentNullException.ThrowIfNull(demandsApi);
        ArgumentNullException.ThrowIfNull(observer);
        ArgumentNullException.ThrowIfNull(listings);
        ArgumentNullException.ThrowIfNull(options);
        var patience = TimeSpan.FromSeconds(20);
        var drafts = new Guid[listings.Achievements.Count];
        for (var k = 0; k < drafts.Length; k++)
        {
            drafts[k] = await CreateDraftAsync(
                achievementsApi,
                "/api/achievements",
                Body(listings.Achievements[k]),
                cancellationToken
            );
        }

        var demandDrafts = new Guid[listings.Demands.Count];
        for (var k = 0; k < demandDrafts.Length; k++)
        {
            demandDrafts[k] = await CreateDraftAsync(
                demandsApi,
                "/api/demands",
                DemandPosts.Body(listings.Demands[k]),
                cancellationToken
            );
        }

        // First one at a time, each after the previous one's suggestion arrived: the path's own latency, without
        // queueing.
        var serial = new List<double>();
        foreach (var id in drafts.Take(SerialPublishes))
        {
            var seen = observer.Expect(id);
            var started = Stopwatch.GetTimestamp();
            using var response = await achievementsApi.PostAsync(
                $"/api/achievements/{id}/publish",
                null,
                cancellationToken
            );
            if (response.IsSuccessStatusCode && await ElapsedUntilAsync(seen, started, patience) is { } elapsed)
            {
                serial.Add(elapsed);
            }
        }

        var oneAtATime = LatencyStats.Of(serial);
        log.WriteLine(
            $"  achievement publish -> MatchSuggested one at a time: p50 {oneAtATime.P50:0.0} ms, p95 "
                + $"{oneAtATime.P95:0.0} ms"
        );
        drafts = drafts[Math.Min(SerialPublishes, drafts.Length)..];

        var published = await SteadyRate.RunAsync(
            drafts.Length,
            options.PublishesPerSecond,
            async k =>
            {
                var seen = observer.Expect(drafts[k]);
                var started = Stopwatch.GetTimestamp();
                using var response = await achievementsApi.PostAsync(
                    $"/api/achievements/{drafts[k]}/publish",
                    null,
                    cancellationToken
                );
                var call = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    return (Call: call, Observed: (double?)null, Failed: true);
                }

                return (Call: call, Observed: await ElapsedUntilAsync(seen, started, patience), Failed: false);
            },
            cancellationToken
        );
        var publishLatency = LatencyStats.Of(
            published.Where(p => p.Observed is not null).Select(p => p.Observed!.Value)
        );
        log.WriteLine(
            $"  achievement publish -> MatchSuggested: observed {publishLatency.Count} of "
                + $"{drafts.Length}, p50 {publishLatency.P50:0.0} ms, p95 {publishLatency.P95:0.0} ms"
        );

        var opened = await SteadyRate.RunAsync(
            demandDrafts.Length,
            options.PublishesPerSecond,
            async k =>
            {
                var seen = observer.Expect(demandDrafts[k]);
                var started = Stopwatch.GetTimestamp();
                using var response = await demandsApi.PostAsync(
                    $"/api/demands/{demandDrafts[k]}/open",
                    null,
                    cancellationToken
                );
                if (!response.IsSuccessStatusCode)
                {
                    return (Observed: (double?)null, Failed: true);
                }

                return (Observed: await ElapsedUntilAsync(seen, started, patience), Failed: false);
            },
            cancellationToken
        );
        var openLatency = LatencyStats.Of(opened.Where(o => o.Observed is not null).Select(o => o.Observed!.Value));
        log.WriteLine(
            $"  demand opened -> MatchSuggested: observed {openLatency.Count} of {opened.Length}, p95 "
                + $"{openLatency.P95:0.0} ms"
        );

        return new EndToEndFigures(
            oneAtATime,
            publishLatency,
            drafts.Length,
            published.Count(p => p.Failed),
            LatencyStats.Of(published.Select(p => p.Call)),
            openLatency,
            opened.Length,
            opened.Count(o => o.Failed),
            options.PublishesPerSecond
        );
    }

    /// <summary>The POST /api/achievements body for a listing, as a client would send it.</summary>
    public static object Body(GeneratedAchievement achievement)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        var a = achievement.Snapshot;
        return new
        {
            a.Title,
            a.Summary,
            a.Keywords,
            a.Industry,
            a.TechnologyField,
            a.Maturity,
            a.Patents,
            a.TransferModes,
            a.AskingPrice,
            a.OwnerInstitution,
            a.Region,
            Contact = new { Name = achievement.ContactName, Phone = achievement.ContactPhone },
        };
    }

    private static async Task<Guid> CreateDraftAsync(
        HttpClient api,
        string path,
        object body,
        CancellationToken cancellationToken
    )
    {
        using var response = await api.PostAsJsonAsync(path, body, Json, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"POST {path} failed "
                    + $"({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}"
            );
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
    }

    private static async Task<double?> ElapsedUntilAsync(Task<long> seen, long started, TimeSpan patience)
    {
        try
        {
            var at = await seen.WaitAsync(patience);
            return Stopwatch.GetElapsedTime(started, at).TotalMilliseconds;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(json);
        return json;
    }
}
