using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Bench.Speed;
using JjjMatch.Bench.Speed.EndToEnd;
using JjjMatch.Bench.Speed.Generation;
using JjjMatch.Bench.Speed.Measure;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Host.DemoData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JjjMatch.Bench.Notifications;

/// <summary>
/// Listing published -> webhook received, in the production shape: the achievements and the notifications service
/// each in a process of its own (SQLite files), over RabbitMQ. The demo enterprise keeps an immediate saved search
/// and a webhook to a Kestrel receiver in this process; the demo university publishes <c>count</c> achievements that
/// satisfy it, at <c>rate</c> per second. Each latency runs from the publish call's answer (the change committed) to
/// the receiver getting the <c>savedSearch.hit</c> naming that achievement.
/// </summary>
public static class EndToEndPhase
{
    private const string Marker = "端到端测温传感";

    private static readonly string[] HitsOnly = ["savedSearch.hit"];

    public sealed record Result(int Published, int Received, LatencyStats Latency);

    public static async Task<Result> RunAsync(string rabbitMqUri, int count, double rate, string workDirectory)
    {
        var arrivals = new ConcurrentDictionary<Guid, long>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var receiver = builder.Build();
        receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            var at = Stopwatch.GetTimestamp();
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            if (body.GetProperty("data").TryGetProperty("achievementId", out var id))
            {
                arrivals.TryAdd(id.GetGuid(), at);
            }

            return Results.Ok();
        });
        await receiver.StartAsync();

        var directory = Path.Combine(workDirectory, "notifications-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        string[] bus = ["Bus:Transport=RabbitMq", $"Bus:RabbitMqUri={rabbitMqUri}", "Bus:WaitUntilStarted=true"];
        await using var achievements = ServiceProcess.Start(
            "achievements",
            ["Database:Provider=Sqlite", $"Database:DataDirectory={Path.Combine(directory, "achievements")}", .. bus],
            directory
        );
        await using var notifications = ServiceProcess.Start(
            "notifications",
            [
                "Database:Provider=Sqlite",
                $"Database:DataDirectory={Path.Combine(directory, "notifications")}",
                "Notifications:Webhooks:AllowPrivateTargets=true",
                .. bus,
            ],
            directory
        );
        await achievements.WaitUntilReadyAsync(TimeSpan.FromMinutes(2), CancellationToken.None);
        await notifications.WaitUntilReadyAsync(TimeSpan.FromMinutes(2), CancellationToken.None);

        using var enterprise = new HttpClient { BaseAddress = notifications.BaseAddress };
        BenchAuth.Authorize(enterprise, DemoAccounts.Enterprise);
        await PostAsync(
            enterprise,
            "/api/saved-searches",
            new
            {
                name = "e2e",
                text = Marker,
                frequency = "immediate",
            }
        );
        await PostAsync(enterprise, "/api/webhooks", new { url = receiver.Urls.First() + "/hook", types = HitsOnly });

        using var university = new HttpClient { BaseAddress = achievements.BaseAddress };
        BenchAuth.Authorize(university, DemoAccounts.University);
        var generator = new ListingGenerator(20261207, DateTimeOffset.UtcNow);
        var published = new Dictionary<Guid, long>();
        var pace = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var achievement = generator.Achievement(i);
            var title = $"{Marker} {achievement.Snapshot.Title}";
            achievement = achievement with
            {
                Snapshot = achievement.Snapshot with { Title = title[..Math.Min(100, title.Length)] },
            };
            var id = (await PostAsync(university, "/api/achievements", EndToEndRun.Body(achievement)))
                .GetProperty("id")
                .GetGuid();
            await PostAsync(university, $"/api/achievements/{id}/publish", null);
            published[id] = Stopwatch.GetTimestamp();
            var due = TimeSpan.FromSeconds((i + 1) / rate) - pace.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
        }

        var patience = Stopwatch.StartNew();
        while (published.Keys.Any(id => !arrivals.ContainsKey(id)) && patience.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }

        var latencies = published
            .Where(p => arrivals.ContainsKey(p.Key))
            .Select(p => Stopwatch.GetElapsedTime(p.Value, arrivals[p.Key]).TotalMilliseconds)
            .ToList();
        return new Result(published.Count, latencies.Count, LatencyStats.Of(latencies));
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object? body)
    {
        using var response = await client.PostAsJsonAsync(path, body, ApiJsonOptions);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} failed ({(int)response.StatusCode}): {text}");
        }

        return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static readonly JsonSerializerOptions ApiJsonOptions = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(json);
        return json;
    }
}
