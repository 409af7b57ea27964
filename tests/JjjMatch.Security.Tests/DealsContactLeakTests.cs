using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

/// <summary>
/// A deal recorded on an introduction between a listing with a known contact and an anonymous demand: no deal, export
/// or
/// statistics response and no DealRecorded event carries either contact, and the anonymous enterprise's name (which the
/// broker writes into the contract) reaches only the deal's parties, its broker and the operator.
/// </summary>
public abstract class DealsContactLeakTests(MarketHost host)
{
    private readonly Market market = new(host);

    [Fact]
    public async Task Deal_and_statistics_responses_carry_no_contact_and_hide_the_anonymous_enterprise_from_strangers()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var digits = string.Concat(tag.Select(c => (char)('0' + (c % 10))))[..7];
        var contacts = new[]
        {
            $"成果联系人{tag}",
            $"1380{digits}",
            $"a{tag}@secret.example.cn",
            $"需求联系人{tag}",
            $"1390{digits}",
            $"d{tag}@secret.example.cn",
        };
        var enterpriseName = $"保密企业{tag}有限公司";
        var university = TestAccounts.New(Roles.University);
        var enterprise = TestAccounts.New(Roles.Enterprise);
        var achievement = await market.PublishedAchievementAsync(
            university,
            AchievementSamples
                .Valid($"钢板表面缺陷视觉检测 {tag}")
                .With(b =>
                    b["contact"] = new JsonObject
                    {
                        ["name"] = contacts[0],
                        ["phone"] = contacts[1],
                        ["email"] = contacts[2],
                    }
                )
        );
        var demand = await market.OpenDemandAsync(
            enterprise,
            DemandSamples
                .Valid(Market.Deadline, $"寻求钢板表面缺陷视觉检测技术 {tag}", "电子信息-人工智能")
                .With(b =>
                {
                    b["problemDescription"] =
                        "我公司冷轧产线需要基于深度学习的钢板表面缺陷视觉检测方案，识别划痕、裂纹，准确率99%。";
                    b["anonymous"] = true;
                    b["enterpriseName"] = enterpriseName;
                    b["contact"] = new JsonObject
                    {
                        ["name"] = contacts[3],
                        ["phone"] = contacts[4],
                        ["email"] = contacts[5],
                    };
                })
        );
        var broker = market.As(TestAccounts.Intermediary);
        var page = await Eventually.WaitForAsync(
            () => broker.GetFromJsonAsync<JsonElement>($"/api/matches?demandId={demand}&achievementId={achievement}"),
            p => p.GetProperty("total").GetInt32() > 0,
            TimeSpan.FromSeconds(30),
            "the suggestion"
        );
        var match = page.GetProperty("items")[0].GetProperty("id").GetGuid();
        var seed = new MatchSeed(host);
        await seed.ClaimAsync(match, TestAccounts.Intermediary, DateTime.UtcNow.AddDays(-2));
        await seed.AcceptAsync(match, TestAccounts.Intermediary, DateTime.UtcNow.AddDays(-2));
        var body = DealsAndStatsAccessTests
            .DealBody()
            .With(b => b["buyer"] = new JsonObject { ["name"] = enterpriseName });
        var recorded = await broker.PostAsJsonAsync($"/api/matches/{match}/deals", body);
        var deal = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        string[] urls =
        [
            "/api/deals",
            $"/api/deals/{deal}",
            "/api/deals/export",
            "/api/deals/export?format=json",
            "/api/stats/funnel?groupBy=month",
            "/api/stats/review-time?groupBy=month",
            "/api/stats/acceptance?groupBy=month",
            "/api/stats/contract-value?groupBy=month",
        ];
        var everything = contacts.Append(enterpriseName).ToArray();
        var readers = new (HttpClient Client, string[] MustNotSee)[]
        {
            (market.Anonymous, everything),
            (market.As(TestAccounts.New(Roles.University)), everything),
            (market.As(TestAccounts.New(Roles.Enterprise)), everything),
            (market.As(TestAccounts.New(Roles.Intermediary)), everything),
            (market.As(university), contacts),
            (market.As(enterprise), contacts),
            (broker, contacts),
            (market.As(TestAccounts.Operator), contacts),
        };
        foreach (var (client, mustNotSee) in readers)
        {
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url);
                ShouldNotReveal(
                    Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()),
                    mustNotSee,
                    $"GET {url} ({(int)response.StatusCode})"
                );
            }
        }

        var events = (await host.OutboxEventsAsync<MatchingDbContext>())
            .OfType<DealRecorded>()
            .Where(e => e.DealId == deal)
            .ToList();
        events.ShouldHaveSingleItem();
        ShouldNotReveal(JsonSerializer.Serialize(events[0]), everything, "DealRecorded");
        // The parties do see the contract's buyer: the scan above is not passing because nothing is shown.
        (await market.As(university).GetStringAsync($"/api/deals/{deal}")).ShouldContain(enterpriseName);
    }

    private static void ShouldNotReveal(string body, string[] secrets, string where)
    {
        var texts = new List<string> { body };
        try
        {
            texts.Add(
                JsonNode
                    .Parse(body)
                    ?.ToJsonString(
                        new JsonSerializerOptions
                        {
                            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                        }
                    )
                    ?? ""
            );
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
}

public sealed class DealsContactLeakOnSqlite(SqliteMarket host)
    : DealsContactLeakTests(host),
        IClassFixture<SqliteMarket>;

public sealed class DealsContactLeakOnPostgreSql(PostgreSqlMarket host)
    : DealsContactLeakTests(host),
        IClassFixture<PostgreSqlMarket>;
