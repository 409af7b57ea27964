using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Messaging;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Host.Tests;

/// <summary>
/// Every request counts as a caller from its first byte until its answer, so consumers and the outbox step aside
/// meanwhile (Bus:ConsumersYieldFor).
/// </summary>
public sealed class CallerCountingTests
{
    [Fact]
    public async Task A_request_is_a_caller_until_it_is_answered()
    {
        await using var host = new JjjMatchFactory(DatabaseTarget.Sqlite, "achievements");
        // A real socket: the request reaches the host with its headers while its body is still on the way.
        host.UseKestrel(0);
        host.StartServer();
        var callers = host.Services.GetRequiredService<CallersInFlight>();
        // A plain client: the factory's own handlers buffer a request body before sending it.
        using var client = new HttpClient { BaseAddress = host.ClientOptions.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.TokenFor(TestAccounts.University));
        // Sends the headers at once and the body when the host asks for it.
        client.DefaultRequestHeaders.ExpectContinue = true;
        var body = new Pipe();
        using var content = new StreamContent(body.Reader.AsStream());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var sending = client.PostAsync("api/achievements", content);
        await body.Writer.WriteAsync(Encoding.UTF8.GetBytes("{\"title\": "));
        await Until(() => callers.Count == 1);
        await body.Writer.WriteAsync(Encoding.UTF8.GetBytes("\"\"}"));
        await body.Writer.CompleteAsync();
        using var response = await sending;

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        callers.Count.ShouldBe(0);
    }

    [Fact]
    public async Task The_outbox_publishes_once_callers_are_answered()
    {
        await using var host = new JjjMatchFactory(
            DatabaseTarget.Sqlite,
            "achievements",
            new Dictionary<string, string> { ["Bus:ConsumersYieldFor"] = "00:05:00" }
        );
        using var client = host.CreateClient(TestAccounts.University);
        var callers = host.Services.GetRequiredService<CallersInFlight>();
        callers.Enter();
        try
        {
            using var created = await client.PostAsJsonAsync("api/achievements", AchievementSamples.Valid());
            var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
            using var published = await client.PostAsync($"api/achievements/{id}/publish", null);
            published.StatusCode.ShouldBe(HttpStatusCode.OK);
            await Task.Delay(500);
            (await UnsentAsync(host)).ShouldBeGreaterThan(0);
        }
        finally
        {
            callers.Leave();
        }

        await Until(async () => await UnsentAsync(host) == 0);
    }

    private static Task<int> UnsentAsync(JjjMatchFactory host) =>
        host.WithScopeAsync<AchievementsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.SentAt == null));

    private static async Task Until(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
