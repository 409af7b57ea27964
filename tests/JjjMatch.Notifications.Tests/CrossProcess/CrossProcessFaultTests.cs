using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Demands;
using JjjMatch.Demands.Persistence;
using JjjMatch.Notifications.Features.Webhooks;
using JjjMatch.Notifications.Tests.Api;
using JjjMatch.Notifications.Tests.Webhooks;
using JjjMatch.Testing;

namespace JjjMatch.Notifications.Tests.CrossProcess;

/// <summary>
/// The production shape: the demands service in one host, the notifications service in a process of its own (the
/// real host executable), each on its own PostgreSQL database, talking only through a real RabbitMQ; webhooks go to a
/// real receiver on loopback that deduplicates on <c>webhook-id</c>. The notifications process is killed with SIGKILL,
/// not stopped: whatever it was consuming or sending is cut off.
/// </summary>
public sealed class CrossProcessFaultTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_notifications_process_killed_mid_stream_with_the_receiver_down_loses_and_doubles_nothing()
    {
        await using var broker = await RabbitMqTestBroker.CreateVirtualHostAsync();
        using var databases = new ServiceDatabases(DatabaseTarget.PostgreSql);
        await using var demands = new JjjMatchFactory(databases, "demands", BusSettings(broker));
        var enterprise = MarketAccounts.Enterprise();
        var apiPort = await WebhookDeliveryTests.FreePortAsync();
        var receiverPort = await WebhookDeliveryTests.FreePortAsync();
        using var api = Client(demands, enterprise, apiPort);

        var first = await StartNotificationsAsync(databases, broker, apiPort, api);
        HookCreated hook;
        List<Guid> applications;
        try
        {
            hook = await RegisterAsync(api, $"http://127.0.0.1:{receiverPort}/hook");
            // The first half while the receiver is down; the process dies while it is turning them into notifications.
            applications = await SubmitApplicationsAsync(demands, enterprise, 250);
            await Eventually.WaitForAsync(
                () => TotalAsync(api, "/api/notifications?type=application.submitted"),
                n => n >= 20,
                Patience,
                "the first notifications made"
            );
        }
        finally
        {
            await first.KillAsync();
            await first.DisposeAsync();
        }

        applications.AddRange(await SubmitApplicationsAsync(demands, enterprise, 250));
        await using var receiver = await WebhookReceiver.StartAsync(receiverPort);
        receiver.Secret = hook.Secret;
        await using var second = await StartNotificationsAsync(databases, broker, apiPort, api);

        await WebhookDeliveryTests.WaitForAsync(receiver, 500, seconds: (int)Patience.TotalSeconds);
        await Task.Delay(1000);
        var notifications = await AllNotificationsAsync(api);
        notifications.Select(n => n.GetProperty("applicationId").GetGuid()).Order().ShouldBe(applications.Order());
        receiver.Processed.Count.ShouldBe(500);
        receiver
            .Processed.Select(r => r.Id)
            .Order()
            .ShouldBe(notifications.Select(n => WebhookBody.MessageId(n.GetProperty("id").GetGuid())).Order());
        receiver.BadSignatures.ShouldBe(0);
        (await TotalAsync(api, $"/api/webhooks/{hook.Id}/deliveries?status=delivered")).ShouldBe(500);
    }

    [Fact]
    public async Task A_receiver_answering_410_disables_the_endpoint_at_once_across_processes()
    {
        await using var broker = await RabbitMqTestBroker.CreateVirtualHostAsync();
        using var databases = new ServiceDatabases(DatabaseTarget.PostgreSql);
        await using var demands = new JjjMatchFactory(databases, "demands", BusSettings(broker));
        var enterprise = MarketAccounts.Enterprise();
        var apiPort = await WebhookDeliveryTests.FreePortAsync();
        using var api = Client(demands, enterprise, apiPort);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => (410, "gone", null);
        await using var notifications = await StartNotificationsAsync(databases, broker, apiPort, api);
        var hook = await RegisterAsync(api, receiver.Url);
        receiver.Secret = hook.Secret;

        await SubmitApplicationsAsync(demands, enterprise, 1);

        await Eventually.WaitForAsync(
            () => TotalAsync(api, "/api/notifications?type=webhook.disabled"),
            n => n == 1,
            Patience,
            "the owner told its endpoint was disabled"
        );
        var endpoint = await api.GetFromJsonAsync<JsonElement>($"/api/webhooks/{hook.Id}");
        endpoint.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        endpoint.GetProperty("disabledReason").GetString()!.ShouldContain("410");

        await SubmitApplicationsAsync(demands, enterprise, 1);
        await Eventually.WaitForAsync(
            () => TotalAsync(api, "/api/notifications?type=application.submitted"),
            n => n == 2,
            Patience,
            "the second notification"
        );
        await Task.Delay(1000);
        receiver.All.Count.ShouldBe(1);
    }

    private sealed record HookCreated(Guid Id, string Secret);

    private static Dictionary<string, string> BusSettings(RabbitMqTestBroker broker) =>
        new()
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMqUri"] = broker.Uri,
            ["Bus:WaitUntilStarted"] = "true",
            ["Outbox:MaxRetryDelay"] = "00:00:02",
            ["Outbox:PublishTimeout"] = "00:00:03",
        };

    /// <summary>The notifications service alone in a host process, ready once its API answers.</summary>
    private static async Task<RunningHost> StartNotificationsAsync(
        ServiceDatabases databases,
        RabbitMqTestBroker broker,
        int port,
        HttpClient api
    )
    {
        var settings = new Dictionary<string, string>(databases.Settings())
        {
            ["Services"] = "notifications",
            ["urls"] = $"http://127.0.0.1:{port}",
            ["Auth:SigningKey"] = TestAccounts.SigningKey,
            ["Auth:DemoAccounts"] = "false",
            ["DemoData:Enabled"] = "false",
            ["RateLimiting:PermitLimit"] = "0",
        };
        foreach (var (key, value) in BusSettings(broker).Concat(NotificationsHost.Fast))
        {
            settings[key] = value;
        }

        var host = HostProcess.Start(settings);
        try
        {
            await Eventually.WaitForAsync(
                async () =>
                {
                    if (host.HasExited)
                    {
                        throw new InvalidOperationException("The notifications host exited: " + host.Output);
                    }

                    try
                    {
                        return (await api.GetAsync("/api/notifications/unread-count")).StatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        return HttpStatusCode.ServiceUnavailable;
                    }
                },
                status => status == HttpStatusCode.OK,
                Patience,
                "the notifications host answering"
            );
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>A client of the notifications process, with a token signed by the key every host here shares.</summary>
    private static HttpClient Client(JjjMatchFactory signer, Account account, int port)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signer.TokenFor(account));
        return client;
    }

    private static async Task<HookCreated> RegisterAsync(HttpClient api, string url)
    {
        var created = await api.PostAsJsonAsync("/api/webhooks", new { url });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        return new HookCreated(body.GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!);
    }

    /// <summary>
    /// Applications to the organisation's demand, written to the demands service's outbox as its own API writes them:
    /// its dispatcher publishes them to RabbitMQ.
    /// </summary>
    private static Task<List<Guid>> SubmitApplicationsAsync(JjjMatchFactory demands, Account owner, int count) =>
        demands.WithScopeAsync<DemandsDbContext, List<Guid>>(async db =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var application = Guid.CreateVersion7();
                ids.Add(application);
                db.AddIntegrationEvent(
                    new ApplicationSubmitted(
                        Guid.CreateVersion7(),
                        DateTimeOffset.UtcNow,
                        "demands",
                        Guid.CreateVersion7(),
                        application,
                        "燕山大学",
                        Guid.CreateVersion7(),
                        owner.OrganisationId
                    )
                );
            }

            await db.SaveChangesAsync();
            return ids;
        });

    private static async Task<int> TotalAsync(HttpClient api, string path) =>
        (await api.GetFromJsonAsync<JsonElement>(path)).GetProperty("total").GetInt32();

    private static async Task<List<JsonElement>> AllNotificationsAsync(HttpClient api)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var items = (
                await api.GetFromJsonAsync<JsonElement>(
                    $"/api/notifications?type=application.submitted&pageSize=100&page={page}"
                )
            ).GetProperty("items");
            all.AddRange(items.EnumerateArray());
            if (items.GetArrayLength() < 100)
            {
                return all;
            }
        }
    }
}
