using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Brokerage.Review;

/// <summary>A suggested pair made through the API: its match, its listings and their owners.</summary>
public sealed record SuggestedPair(
    Guid Match,
    Guid Achievement,
    Guid Demand,
    Account AchievementOwner,
    Account DemandOwner
);

/// <summary>
/// Publishes an achievement and opens a demand on one topic (with a tag of their own, so they find each other first).
/// </summary>
public sealed class ReviewPairs(JjjMatchFactory host)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public HttpClient As(Account account) => host.CreateClient(account);

    public async Task<SuggestedPair> SuggestedAsync(
        string achievementProvince = "beijing",
        string demandProvince = "hebei",
        string industry = "电子信息-人工智能",
        Action<JsonObject>? demand = null,
        Account? university = null,
        Account? enterprise = null
    )
    {
        var tag = "tag" + Guid.NewGuid().ToString("N")[..8];
        university ??= TestAccounts.New(Roles.University);
        enterprise ??= TestAccounts.New(Roles.Enterprise);
        var achievementBody = AchievementSamples
            .Valid($"钢板表面缺陷视觉检测系统 {tag}", industry)
            .With(b =>
            {
                b["summary"] = $"基于深度学习的钢板表面缺陷视觉检测，识别划痕、裂纹，准确率99%。{tag}";
                b["keywords"] = new JsonArray("缺陷检测", tag);
                b["region"] = new JsonObject { ["province"] = achievementProvince, ["city"] = null };
            });
        var demandBody = DemandSamples
            .Valid(DateTimeOffset.UtcNow.AddDays(30), $"寻求钢板表面缺陷视觉检测技术 {tag}", industry)
            .With(b =>
            {
                b["problemDescription"] =
                    $"我公司冷轧产线需要基于深度学习的钢板表面缺陷视觉检测方案，识别划痕、裂纹。{tag}";
                b["region"] = new JsonObject
                {
                    ["province"] = demandProvince,
                    ["city"] = demandProvince == "hebei" ? "唐山" : null,
                };
                demand?.Invoke(b);
            });
        var achievementId = await CreateAsync(As(university), "/api/achievements", achievementBody, "publish");
        var demandId = await CreateAsync(As(enterprise), "/api/demands", demandBody, "open");
        var broker = As(TestAccounts.Operator);
        var page = await Eventually.WaitForAsync(
            () =>
                broker.GetFromJsonAsync<JsonElement>($"/api/matches?demandId={demandId}&achievementId={achievementId}"),
            p => p.GetProperty("total").GetInt32() > 0,
            Patience,
            "the suggestion"
        );
        return new SuggestedPair(
            page.GetProperty("items")[0].GetProperty("id").GetGuid(),
            achievementId,
            demandId,
            university,
            enterprise
        );
    }

    public static Task<HttpResponseMessage> StepAsync(
        HttpClient client,
        Guid match,
        string step,
        object? body = null
    ) =>
        body is null
            ? client.PostAsync($"/api/matches/{match}/{step}", null)
            : client.PostAsJsonAsync($"/api/matches/{match}/{step}", body);

    public async Task<JsonElement> MatchAsync(Guid match) =>
        await As(TestAccounts.Operator).GetFromJsonAsync<JsonElement>($"/api/matches/{match}");

    public async Task<List<JsonElement>> HistoryAsync(Guid match) =>
        (await As(TestAccounts.Operator).GetFromJsonAsync<JsonElement>($"/api/matches/{match}/history"))
            .EnumerateArray()
            .ToList();

    /// <summary>
    /// A broker of its own organisation covering the given regions and industries (none: everything).
    /// </summary>
    public static Account Broker(string[]? regions = null, string[]? industries = null) =>
        TestAccounts.New(Roles.Intermediary) with
        {
            Regions = regions ?? [],
            Industries = industries ?? [],
        };

    private static async Task<Guid> CreateAsync(HttpClient client, string path, JsonObject body, string transition)
    {
        var created = await client.PostAsJsonAsync(path, body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var moved = await client.PostAsync($"{path}/{id}/{transition}", null);
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        return id;
    }
}
