using System.Net;
using System.Text.Json;
using JjjMatch.Contracts.Demands;
using JjjMatch.Notifications.Features.Webhooks;
using JjjMatch.Notifications.Persistence;
using JjjMatch.Notifications.Tests.Api;
using JjjMatch.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Notifications.Tests.Webhooks;

/// <summary>
/// Webhook deliveries to real HTTP receivers on loopback: Standard Webhooks signing, retries while the receiver is
/// down, Retry-After, 410, rotation, replay, redirects and the 1 KB answer limit.
/// </summary>
public abstract class WebhookDeliveryTests(NotificationsHost host)
{
    [Fact]
    public async Task A_delivery_is_signed_and_carries_exactly_the_inbox_notification()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var hook = await RegisterAsync(enterprise, receiver);

        await PublishApplicationsAsync(enterprise, 1);

        var received = await WaitForAsync(receiver, 1);
        var inbox = (await enterprise.WaitForAsync("application.submitted")).Single();
        received.Id.ShouldBe("msg_" + inbox.GetProperty("id").GetGuid().ToString("N"));
        long.Parse(received.Timestamp, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeInRange(
                DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(),
                DateTimeOffset.UtcNow.ToUnixTimeSeconds()
            );
        WebhookReceiver.Verify(hook.Secret, received).ShouldBeTrue();
        receiver.BadSignatures.ShouldBe(0);
        var body = JsonDocument.Parse(received.Body).RootElement;
        body.GetProperty("type").GetString().ShouldBe("application.submitted");
        body.GetProperty("id").GetGuid().ShouldBe(inbox.GetProperty("id").GetGuid());
        body.GetProperty("data").GetProperty("applicantOrganisation").GetString().ShouldBe("燕山大学");
        body.GetProperty("data").GetProperty("demandId").GetGuid().ShouldBe(inbox.GetProperty("demandId").GetGuid());

        var log = await Eventually.WaitForAsync(
            () => enterprise.GetAsync($"/api/webhooks/{hook.Id}/deliveries"),
            l => l.GetProperty("items")[0].GetProperty("status").GetString() == "delivered",
            TimeSpan.FromSeconds(10),
            "the delivery logged as delivered"
        );
        log.GetProperty("items")[0].GetProperty("lastStatusCode").GetInt32().ShouldBe(200);
    }

    [Fact]
    public async Task Ping_replay_and_rotation_send_signed_deliveries_the_receiver_deduplicates()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var hook = await RegisterAsync(enterprise, receiver);

        var ping = await enterprise.PostAsync($"/api/webhooks/{hook.Id}/ping", null, HttpStatusCode.Accepted);
        var pinged = await WaitForAsync(receiver, 1);
        pinged.Id.ShouldBe(ping.GetProperty("messageId").GetString());
        JsonDocument.Parse(pinged.Body).RootElement.GetProperty("type").GetString().ShouldBe("webhook.ping");

        await enterprise.PostAsync(
            $"/api/webhooks/{hook.Id}/deliveries/{ping.GetProperty("id").GetGuid()}/replay",
            null,
            HttpStatusCode.Accepted
        );
        await Eventually.WaitForAsync(
            () => Task.FromResult(receiver.All.Count),
            n => n == 2,
            TimeSpan.FromSeconds(10),
            "the replay"
        );
        receiver.All.Select(r => r.Id).Distinct().ShouldBe([pinged.Id]);
        receiver.Processed.Count.ShouldBe(1);

        var rotated = await enterprise.PostAsync($"/api/webhooks/{hook.Id}/rotate-secret", null, HttpStatusCode.OK);
        var newSecret = rotated.GetProperty("secret").GetString()!;
        newSecret.ShouldNotBe(hook.Secret);
        rotated.GetProperty("previousSecretValidUntil").GetDateTime().ShouldBeGreaterThan(DateTime.UtcNow.AddHours(23));
        receiver.Secret = newSecret;
        await enterprise.PostAsync($"/api/webhooks/{hook.Id}/ping", null, HttpStatusCode.Accepted);
        var during = await WaitForAsync(receiver, 2);
        var signatures = receiver.Processed.OrderBy(r => r.At).Last().Signature.Split(' ');
        signatures.Length.ShouldBe(2);
        WebhookReceiver.Verify(newSecret, during).ShouldBeTrue();
        WebhookReceiver.Verify(hook.Secret, receiver.Processed.OrderBy(r => r.At).Last()).ShouldBeTrue();
        receiver.BadSignatures.ShouldBe(0);
    }

    [Fact]
    public async Task A_receiver_down_for_the_first_half_of_500_deliveries_gets_all_500_once_it_is_back()
    {
        var port = await FreePortAsync();
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var secret = (
            await enterprise.PostAsync(
                "/api/webhooks",
                new { url = $"http://127.0.0.1:{port}/hook" },
                HttpStatusCode.Created
            )
        )
            .GetProperty("secret")
            .GetString()!;

        await PublishApplicationsAsync(enterprise, 250);
        await Eventually.WaitForAsync(
            () => DeliveriesAsync(enterprise, d => d.Attempts > 0),
            n => n == 250,
            TimeSpan.FromSeconds(180),
            "the first 250 deliveries tried against the stopped receiver"
        );

        await using var receiver = await WebhookReceiver.StartAsync(port);
        receiver.Secret = secret;
        await PublishApplicationsAsync(enterprise, 250);

        await WaitForAsync(receiver, 500, seconds: 180);
        var notifications = await enterprise.GetAsync("/api/notifications?type=application.submitted");
        notifications.GetProperty("total").GetInt32().ShouldBe(500);
        var ids = await host.WithScopeAsync<NotificationsDbContext, List<Guid>>(db =>
            db.Notifications.Where(n => n.OrganisationId == enterprise.Account.OrganisationId)
                .Select(n => n.Id)
                .ToListAsync()
        );
        receiver.Processed.Select(r => r.Id).Order().ShouldBe(ids.Select(WebhookBody.MessageId).Order());
        receiver.BadSignatures.ShouldBe(0);
        (await DeliveriesAsync(enterprise, d => d.Status == WebhookDelivery.Delivered)).ShouldBe(500);
    }

    [Fact]
    public async Task A_receiver_answering_410_disables_the_endpoint_at_once_and_its_owner_is_told()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => (410, "gone", null);
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var hook = await RegisterAsync(enterprise, receiver);

        await PublishApplicationsAsync(enterprise, 1);

        var disabled = (await enterprise.WaitForAsync("webhook.disabled")).Single();
        disabled.GetProperty("data").GetProperty("endpointId").GetGuid().ShouldBe(hook.Id);
        var endpoint = await enterprise.GetAsync($"/api/webhooks/{hook.Id}");
        endpoint.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        endpoint.GetProperty("disabledReason").GetString()!.ShouldContain("410");
        receiver.All.Count.ShouldBe(1);

        await PublishApplicationsAsync(enterprise, 1);
        await enterprise.WaitForAsync("application.submitted", 2);
        await Task.Delay(500);
        receiver.All.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Retry_After_is_honoured_redirects_are_not_followed_and_answers_are_cut_to_1_KB()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var first = true;
        receiver.Answer = _ =>
        {
            var answer = first ? (503, "busy", "2") : (200, new string('答', 3000), (string?)null);
            first = false;
            return answer;
        };
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var hook = await RegisterAsync(enterprise, receiver);
        var redirected = MarketClient.Id(
            await enterprise.PostAsync(
                "/api/webhooks",
                new { url = receiver.Url.Replace("/hook", "/redirect", StringComparison.Ordinal) },
                HttpStatusCode.Created
            )
        );

        await PublishApplicationsAsync(enterprise, 1);

        await WaitForAsync(receiver, 1);
        var attempts = receiver.All.OrderBy(r => r.At).ToList();
        attempts.Count.ShouldBe(2);
        (attempts[1].At - attempts[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9));
        var delivered = await Eventually.WaitForAsync(
            () => enterprise.GetAsync($"/api/webhooks/{hook.Id}/deliveries"),
            l => l.GetProperty("items")[0].GetProperty("status").GetString() == "delivered",
            TimeSpan.FromSeconds(10),
            "the delivery logged"
        );
        var stored = delivered.GetProperty("items")[0].GetProperty("lastResponse").GetString()!;
        System.Text.Encoding.UTF8.GetByteCount(stored).ShouldBeLessThanOrEqualTo(1024);
        stored.ShouldStartWith("答答答");
        delivered.GetProperty("items")[0].GetProperty("attempts").GetInt32().ShouldBe(2);

        var redirect = await Eventually.WaitForAsync(
            () => enterprise.GetAsync($"/api/webhooks/{redirected}/deliveries"),
            l =>
                l.GetProperty("items").GetArrayLength() == 1
                && l.GetProperty("items")[0].GetProperty("attempts").GetInt32() > 0,
            TimeSpan.FromSeconds(10),
            "the redirected delivery tried"
        );
        redirect.GetProperty("items")[0].GetProperty("lastStatusCode").GetInt32().ShouldBe(302);
        redirect.GetProperty("items")[0].GetProperty("status").GetString().ShouldBe("pending");
        receiver.All.Count.ShouldBe(2);
    }

    public static async Task<(Guid Id, string Secret)> RegisterAsync(MarketClient client, WebhookReceiver receiver)
    {
        var created = await client.PostAsync("/api/webhooks", new { url = receiver.Url }, HttpStatusCode.Created);
        var secret = created.GetProperty("secret").GetString()!;
        receiver.Secret = secret;
        return (MarketClient.Id(created), secret);
    }

    /// <summary>Applications to a demand the organisation owns: one notification each.</summary>
    protected async Task PublishApplicationsAsync(MarketClient owner, int count)
    {
        var bus = host.Services.GetRequiredService<IBus>();
        for (var i = 0; i < count; i++)
        {
            await bus.Publish(
                new ApplicationSubmitted(
                    Guid.CreateVersion7(),
                    DateTimeOffset.UtcNow,
                    "demands",
                    Guid.CreateVersion7(),
                    Guid.CreateVersion7(),
                    "燕山大学",
                    Guid.CreateVersion7(),
                    owner.Account.OrganisationId
                )
            );
        }
    }

    public static async Task<ReceivedWebhook> WaitForAsync(WebhookReceiver receiver, int count, int seconds = 30)
    {
        await Eventually.WaitForAsync(
            () => Task.FromResult(receiver.Processed.Count),
            n => n >= count,
            TimeSpan.FromSeconds(seconds),
            $"{count} deliveries processed by the receiver"
        );
        return receiver.Processed.OrderBy(r => r.At).Last();
    }

    public static async Task<int> FreePortAsync()
    {
        await using var probe = await WebhookReceiver.StartAsync();
        return new Uri(probe.Url).Port;
    }

    private Task<int> DeliveriesAsync(
        MarketClient owner,
        System.Linq.Expressions.Expression<Func<WebhookDelivery, bool>> where
    ) =>
        host.WithScopeAsync<NotificationsDbContext, int>(db =>
            db.WebhookDeliveries.Where(d => d.OrganisationId == owner.Account.OrganisationId).CountAsync(where)
        );
}

public sealed class WebhookDeliveryOnSqlite(SqliteHost host) : WebhookDeliveryTests(host), IClassFixture<SqliteHost>;

public sealed class WebhookDeliveryOnPostgreSql(PostgreSqlHost host)
    : WebhookDeliveryTests(host),
        IClassFixture<PostgreSqlHost>;

/// <summary>The retry window and the endpoint's failing period, shortened to seconds.</summary>
public sealed class WebhookRetryWindowTests(ShortWindowSqliteHost host) : IClassFixture<ShortWindowSqliteHost>
{
    [Fact]
    public async Task A_delivery_failing_past_its_window_is_dead_and_an_endpoint_failing_too_long_is_disabled()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => (500, "broken", null);
        var enterprise = new MarketClient(host, MarketAccounts.Enterprise());
        var hook = await WebhookDeliveryTests.RegisterAsync(enterprise, receiver);

        await host
            .Services.GetRequiredService<IBus>()
            .Publish(
                new ApplicationSubmitted(
                    Guid.CreateVersion7(),
                    DateTimeOffset.UtcNow,
                    "demands",
                    Guid.CreateVersion7(),
                    Guid.CreateVersion7(),
                    "燕山大学",
                    Guid.CreateVersion7(),
                    enterprise.Account.OrganisationId
                )
            );

        var dead = await Eventually.WaitForAsync(
            () => enterprise.GetAsync($"/api/webhooks/{hook.Id}/deliveries?status=dead"),
            l => l.GetProperty("total").GetInt32() == 1,
            TimeSpan.FromSeconds(30),
            "the delivery dead"
        );
        // Dead only once an attempt came after the window (retried until then; on a loaded machine the first attempt
        // can itself come late).
        var item = dead.GetProperty("items")[0];
        (
            item.GetProperty("lastAttemptAt").GetDateTime() - item.GetProperty("createdAt").GetDateTime()
        ).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3));
        dead.GetProperty("items")[0].GetProperty("lastStatusCode").GetInt32().ShouldBe(500);

        // Pings keep failing until the endpoint has failed for longer than DisableAfter.
        await Eventually.WaitForAsync(
            async () =>
            {
                var endpoint = await enterprise.GetAsync($"/api/webhooks/{hook.Id}");
                if (endpoint.GetProperty("enabled").GetBoolean())
                {
                    await enterprise.PostAsync($"/api/webhooks/{hook.Id}/ping", null, HttpStatusCode.Accepted);
                }

                return endpoint.GetProperty("enabled").GetBoolean();
            },
            enabled => !enabled,
            TimeSpan.FromSeconds(30),
            "the endpoint disabled"
        );
        (await enterprise.WaitForAsync("webhook.disabled"))
            .Single()
            .GetProperty("data")
            .GetProperty("reason")
            .GetString()!
            .ShouldContain("failed");
    }
}
