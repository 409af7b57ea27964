using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Demands.Persistence;
using JjjMatch.Matching.Persistence;
using JjjMatch.Notifications.Persistence;
using JjjMatch.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Security.Tests;

/// <summary>
/// Contacts and an anonymous enterprise's name stay out of every response (every GET endpoint the host maps, found by
/// enumeration, for every caller who is not the owner: notifications included) and out of every event in the services'
/// outboxes and every webhook body; after a broker accepts the pair, exactly the introduced organisations see them, and
/// only on the introduced listing's GET.
/// </summary>
public abstract partial class ContactLeakTests(MarketHost host)
{
    private static readonly JsonSerializerOptions Readable = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Market market = new(host);

    [Fact]
    public async Task No_response_and_no_event_reveals_a_contact_or_an_anonymous_enterprise()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var achievementSecrets = new[] { $"成果联系人{tag}", $"1380{Digits(tag)}", $"a{tag}@secret.example.cn" };
        var demandSecrets = new[]
        {
            $"需求联系人{tag}",
            $"1390{Digits(tag)}",
            $"d{tag}@secret.example.cn",
            $"保密企业{tag}有限公司",
        };
        var university = TestAccounts.New(Roles.University);
        var enterprise = TestAccounts.New(Roles.Enterprise);
        var applicant = TestAccounts.New(Roles.University);

        // Each party has a webhook (nothing listens there: the bodies as sent are what the scan reads) and so is a
        // recipient of notifications from the start, the broker of the pairs it covers.
        var webhooks = new List<Guid>();
        foreach (var party in new[] { university, enterprise, applicant, TestAccounts.Intermediary })
        {
            var created = await market
                .As(party)
                .PostAsJsonAsync("/api/webhooks", new { url = "http://127.0.0.1:9/hook" });
            created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
            webhooks.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var achievementBody = AchievementSamples
            .Valid($"钢板表面缺陷视觉检测 {tag}")
            .With(b => b["contact"] = Contact(achievementSecrets));
        var achievement = await market.PublishedAchievementAsync(university, achievementBody);
        var draftAchievement = await market.DraftAchievementAsync(university, achievementBody);
        var demandBody = DemandSamples
            .Valid(Market.Deadline, $"寻求钢板表面缺陷视觉检测技术 {tag}", "电子信息-人工智能")
            .With(b =>
            {
                b["problemDescription"] =
                    "我公司冷轧产线需要基于深度学习的钢板表面缺陷视觉检测方案，识别划痕、裂纹，准确率99%。";
                b["anonymous"] = true;
                b["enterpriseName"] = demandSecrets[3];
                b["contact"] = Contact(demandSecrets);
            });
        var demand = await market.OpenDemandAsync(enterprise, demandBody);
        var draftDemand = await market.DraftDemandAsync(enterprise, demandBody);
        var application = await market.ApplicationAsync(demand, applicant);
        var broker = market.As(TestAccounts.Intermediary);
        var matches = await Eventually.WaitForAsync(
            () => broker.GetFromJsonAsync<JsonElement>($"/api/matches?demandId={demand}&achievementId={achievement}"),
            p => p.GetProperty("total").GetInt32() > 0,
            TimeSpan.FromSeconds(30),
            "the suggestion"
        );
        var match = matches.GetProperty("items")[0].GetProperty("id").GetGuid();

        var ids = new Dictionary<string, Guid[]>
        {
            ["/api/achievements/{id}"] = [achievement, draftAchievement],
            ["/api/demands/{id}"] = [demand, draftDemand],
            ["/api/matches/{id}"] = [match],
            ["/api/deals/{id}"] = [Guid.CreateVersion7()], // deal contents: DealsContactLeakTests
            ["/api/organisations/{id}"] = [Guid.CreateVersion7()], // its contact: Accounts.Tests
            ["/api/webhooks/{id}"] = [.. webhooks],
            ["/api/saved-searches/{id}"] = [Guid.CreateVersion7()],
        };
        var urls = GetUrls(ids, application, tag, achievement, demand);
        urls.ShouldContain($"/api/matches/{match}");
        urls.ShouldContain($"/api/demands/{demand}/applications/{application}");
        urls.ShouldContain("/api/demands/mine");
        urls.ShouldContain($"/api/matches/{match}/history");
        urls.ShouldContain("/api/review/queue");
        urls.ShouldContain("/api/matches/feedback");
        urls.ShouldContain("/api/notifications");
        // The notifications of the suggestion are in, so the scans read them.
        await Eventually.WaitForAsync(
            () => market.As(university).GetFromJsonAsync<JsonElement>("/api/notifications?type=match.suggested"),
            p => p.GetProperty("total").GetInt32() > 0,
            TimeSpan.FromSeconds(30),
            "the university's notification of the suggestion"
        );

        var everything = achievementSecrets.Concat(demandSecrets).ToArray();
        var readers = new (HttpClient Client, string[] MustNotSee)[]
        {
            (market.Anonymous, everything),
            (market.As(applicant), everything),
            (market.As(TestAccounts.New(Roles.Enterprise)), everything),
            (broker, everything),
            (market.As(TestAccounts.Operator), everything),
            (market.As(university), demandSecrets),
            (market.As(enterprise), achievementSecrets),
        };
        await ScanAsync(readers, urls);

        // The introduction: from now on the two owners and the broker's organisation see the other side's contact (and
        // the
        // anonymous name) on that listing's GET, and nowhere else; everyone else still sees nothing, and no event
        // carries it.
        (await broker.PostAsync($"/api/matches/{match}/claim", null)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await broker.PostAsync($"/api/matches/{match}/accept", null)).StatusCode.ShouldBe(
            System.Net.HttpStatusCode.OK
        );
        var demandUrl = $"/api/demands/{demand}";
        var achievementUrl = $"/api/achievements/{achievement}";
        await Eventually.WaitForAsync(
            () => market.As(university).GetStringAsync(demandUrl),
            body => body.Contains(demandSecrets[0]),
            TimeSpan.FromSeconds(30),
            "the introduction in the demands service"
        );
        await Eventually.WaitForAsync(
            () => market.As(enterprise).GetStringAsync(achievementUrl),
            body => body.Contains(achievementSecrets[0]),
            TimeSpan.FromSeconds(30),
            "the introduction in the achievements service"
        );
        foreach (
            var (client, url, secrets) in new[]
            {
                (market.As(university), demandUrl, demandSecrets),
                (broker, demandUrl, demandSecrets),
                (market.As(enterprise), achievementUrl, achievementSecrets),
                (broker, achievementUrl, achievementSecrets),
            }
        )
        {
            var body = await client.GetStringAsync(url);
            secrets.ShouldAllBe(secret => body.Contains(secret), $"GET {url} after the introduction: {body}");
        }

        await ScanAsync(
            [
                (market.Anonymous, everything),
                (market.As(applicant), everything),
                (market.As(TestAccounts.New(Roles.Enterprise)), everything),
                (market.As(TestAccounts.New(Roles.University)), everything),
                (market.As(TestAccounts.New(Roles.Intermediary)), everything),
                (market.As(TestAccounts.Operator), everything),
            ],
            urls
        );
        await ScanAsync([(market.As(university), demandSecrets)], urls.Where(u => u != demandUrl).ToList());
        await ScanAsync([(market.As(enterprise), achievementSecrets)], urls.Where(u => u != achievementUrl).ToList());
        await ScanAsync([(broker, everything)], urls.Where(u => u != demandUrl && u != achievementUrl).ToList());

        // The owners do see their own: the scan above is not passing because nothing is ever shown.
        (await market.As(university).GetStringAsync("/api/achievements/mine")).ShouldContain(achievementSecrets[0]);
        var mine = await market.As(enterprise).GetStringAsync("/api/demands/mine");
        mine.ShouldContain(demandSecrets[0]);
        mine.ShouldContain(demandSecrets[3]);
    }

    /// <summary>
    /// Every URL as every reader, then every event in the three outboxes: none reveals what the reader must not see.
    /// </summary>
    private async Task ScanAsync((HttpClient Client, string[] MustNotSee)[] readers, List<string> urls)
    {
        foreach (var (client, mustNotSee) in readers)
        {
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url);
                ShouldNotReveal(
                    await response.Content.ReadAsStringAsync(),
                    mustNotSee,
                    $"GET {url} ({(int)response.StatusCode})"
                );
            }
        }

        var all = readers.SelectMany(r => r.MustNotSee).Distinct().ToArray();
        foreach (var payload in await OutboxPayloadsAsync())
        {
            ShouldNotReveal(payload, all, "an outbox event");
        }

        var bodies = await host.WithScopeAsync<NotificationsDbContext, List<string>>(db =>
            db.WebhookDeliveries.AsNoTracking().Select(d => d.Body).ToListAsync()
        );
        bodies.ShouldNotBeEmpty("the parties' webhooks got deliveries, so the scan reads some");
        foreach (var body in bodies)
        {
            ShouldNotReveal(body, all, "a webhook body");
        }
    }

    /// <summary>
    /// Every GET route under /api the host maps, with its ids filled in and a few telling query strings.
    /// </summary>
    private List<string> GetUrls(
        Dictionary<string, Guid[]> ids,
        Guid application,
        string tag,
        Guid achievement,
        Guid demand
    )
    {
        var routes = host
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e =>
                e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET")
                == true
            )
            .Select(e => Normalise(e.RoutePattern.RawText!))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        var urls = new List<string>();
        foreach (var route in routes)
        {
            var owner = ids
                .Keys.Where(k => route.StartsWith(k, StringComparison.Ordinal))
                .OrderByDescending(k => k.Length)
                .FirstOrDefault();
            var filled = owner is null
                ? [route]
                : ids[owner].Select(id => route.Replace("{id}", id.ToString())).ToList();
            filled = filled.Select(u => u.Replace("{applicationId}", application.ToString())).ToList();
            filled.ShouldAllBe(u => !u.Contains('{'), $"the leak scan does not know the ids of {route}: add them");
            var queries = route switch
            {
                "/api/achievements" => ["", $"?text={tag}", "?status=draft", "?status=published"],
                "/api/demands" => ["", $"?text={tag}", "?status=draft", "?status=open"],
                "/api/matches" =>
                [
                    $"?demandId={demand}",
                    $"?achievementId={achievement}",
                    $"?demandId={demand}&status=accepted",
                ],
                "/api/review/queue" => ["", "?status=pending", "?status=claimed"],
                _ => new[] { "" },
            };
            urls.AddRange(filled.SelectMany(u => queries.Select(q => u + q)));
        }

        return urls;
    }

    private async Task<List<string>> OutboxPayloadsAsync() =>
        [
            .. await PayloadsAsync<AchievementsDbContext>(),
            .. await PayloadsAsync<DemandsDbContext>(),
            .. await PayloadsAsync<MatchingDbContext>(),
            .. await PayloadsAsync<NotificationsDbContext>(),
        ];

    private Task<List<string>> PayloadsAsync<TContext>()
        where TContext : ServiceDbContext =>
        host.WithScopeAsync<TContext, List<string>>(db =>
            db.OutboxMessages.AsNoTracking().Select(m => m.Payload).ToListAsync()
        );

    private static void ShouldNotReveal(string body, string[] secrets, string where)
    {
        var texts = new List<string> { body };
        try
        {
            // Escaped JSON (\u5F20...) would hide a Chinese name from a plain search: compare the decoded text too.
            texts.Add(JsonNode.Parse(body)?.ToJsonString(Readable) ?? "");
        }
        catch (JsonException) { }

        foreach (var secret in secrets)
        {
            texts.ShouldAllBe(
                t => !t.Contains(secret, StringComparison.OrdinalIgnoreCase),
                $"{where} reveals '{secret}': {body}"
            );
        }
    }

    private static JsonObject Contact(string[] secrets) =>
        new()
        {
            ["name"] = secrets[0],
            ["phone"] = secrets[1],
            ["email"] = secrets[2],
        };

    private static string Digits(string tag) => string.Concat(tag.Select(c => (char)('0' + (c % 10))))[..7];

    private static string Normalise(string raw) =>
        DoubleSlash().Replace(Constraint().Replace(raw, "{$1}"), "/").TrimEnd('/');

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Constraint();

    [GeneratedRegex("/{2,}")]
    private static partial Regex DoubleSlash();
}

public sealed class ContactLeakOnSqlite(SqliteMarket host) : ContactLeakTests(host), IClassFixture<SqliteMarket>;

public sealed class ContactLeakOnPostgreSql(PostgreSqlMarket host)
    : ContactLeakTests(host),
        IClassFixture<PostgreSqlMarket>;
