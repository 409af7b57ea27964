using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Matching;
using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Matching.Tests.Api;

public sealed class SuggestionHost() : JjjMatchFactory(DatabaseTarget.Sqlite, "achievements,matching");

/// <summary>
/// From a published achievement and an opened demand to an explained suggestion, through the real host
/// and the in-memory bus. The demand side is the DemandOpened contract, published as the demands service would.
/// </summary>
public sealed class SuggestionFlowTests(SuggestionHost host) : IClassFixture<SuggestionHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HttpClient http = host.CreateClient(TestAccounts.University);
    private readonly HttpClient broker = host.CreateClient(TestAccounts.Intermediary);

    [Fact]
    public async Task A_fitting_achievement_is_suggested_for_an_open_demand_with_its_explanation()
    {
        var fitting = await PublishAchievementAsync(
            "钢板表面缺陷视觉检测系统",
            "基于深度学习的钢板表面缺陷视觉检测，识别划痕、裂纹和氧化皮，检测准确率99%。"
        );
        await PublishAchievementAsync("抗旱小麦新品种选育", "通过分子标记辅助选择培育抗旱高产小麦新品种。");
        var demand = await OpenDemandAsync(
            "寻求钢板表面缺陷在线检测技术",
            "我公司冷轧生产线需要钢板表面缺陷的在线视觉检测方案，能识别划痕和裂纹。"
        );

        var suggestions = await Eventually.WaitForAsync(
            () => SuggestionsAsync($"demandId={demand}"),
            s => s.Any(m => m.GetProperty("achievementId").GetGuid() == fitting),
            Patience,
            "the fitting achievement suggested"
        );

        var best = suggestions[0];
        best.GetProperty("achievementId").GetGuid().ShouldBe(fitting);
        best.GetProperty("demandTitle").GetString().ShouldBe("寻求钢板表面缺陷在线检测技术");
        best.GetProperty("matchedTerms").EnumerateArray().Select(t => t.GetString()).ShouldContain("缺陷");
        var factors = best.GetProperty("factors")
            .EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("contribution").GetDouble());
        factors["text"].ShouldBeGreaterThan(0);
        factors.Values.Sum().ShouldBe(best.GetProperty("score").GetDouble(), 0.001);
        suggestions.ShouldNotContain(
            s => s.GetProperty("achievementTitle").GetString() == "抗旱小麦新品种选育",
            JsonSerializer.Serialize(suggestions)
        );

        var one = await broker.GetFromJsonAsync<JsonElement>($"/api/matches/{best.GetProperty("id").GetGuid()}");
        one.GetProperty("score").GetDouble().ShouldBe(best.GetProperty("score").GetDouble());
        var suggested = await OutboxAsync<MatchSuggested>();
        suggested.ShouldContain(e => e.DemandId == demand && e.AchievementId == fitting && e.Factors.Count == 7);
    }

    [Fact]
    public async Task A_new_achievement_finds_the_open_demands_it_fits()
    {
        var demand = await OpenDemandAsync("高炉煤气余热回收技术需求", "钢厂希望回收高炉煤气余热用于发电，降低能耗。");
        var achievement = await PublishAchievementAsync(
            "高炉煤气余热回收发电系统",
            "回收高炉煤气余热用于发电，能耗降低15%。"
        );

        var suggestions = await Eventually.WaitForAsync(
            () => SuggestionsAsync($"achievementId={achievement}"),
            s => s.Any(m => m.GetProperty("demandId").GetGuid() == demand),
            Patience,
            "the demand suggested"
        );

        suggestions[0].GetProperty("demandId").GetGuid().ShouldBe(demand);
    }

    [Fact]
    public async Task Withdrawing_the_achievement_withdraws_its_pending_suggestions()
    {
        var achievement = await PublishAchievementAsync(
            "锂离子电池健康状态评估方法",
            "基于电化学阻抗谱的锂离子电池健康状态快速评估。"
        );
        var demand = await OpenDemandAsync("储能电站电池健康评估", "需要锂离子电池健康状态的快速评估技术。");
        await Eventually.WaitForAsync(
            () => SuggestionsAsync($"demandId={demand}"),
            s => s.Count > 0,
            Patience,
            "a suggestion"
        );

        (await http.PostAsync($"/api/achievements/{achievement}/withdraw", null)).EnsureSuccessStatusCode();

        await Eventually.WaitForAsync(
            () => SuggestionsAsync($"achievementId={achievement}"),
            s => s.Count == 0,
            Patience,
            "no pending suggestion"
        );
        var withdrawn = (await SuggestionsAsync($"demandId={demand}&status=withdrawn")).Single(s =>
            s.GetProperty("achievementId").GetGuid() == achievement
        );
        withdrawn.GetProperty("withdrawnReason").GetString().ShouldBe("achievement withdrawn");
        (await OutboxAsync<MatchWithdrawn>()).ShouldContain(e => e.MatchId == withdrawn.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Closing_the_demand_withdraws_its_suggestions()
    {
        await PublishAchievementAsync("光伏组件热斑检测与清洗机器人", "用红外热成像检测光伏组件热斑并自动清洗。");
        var demand = await OpenDemandAsync("光伏电站热斑检测", "光伏电站需要红外热斑检测和组件清洗方案。");
        await Eventually.WaitForAsync(
            () => SuggestionsAsync($"demandId={demand}"),
            s => s.Count > 0,
            Patience,
            "a suggestion"
        );

        await PublishAsync(
            new DemandClosed(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "demands", demand, DemandCloseReason.Expired)
        );

        await Eventually.WaitForAsync(
            () => SuggestionsAsync($"demandId={demand}"),
            s => s.Count == 0,
            Patience,
            "no pending suggestion"
        );
    }

    [Fact]
    public async Task A_withdrawal_that_overtook_its_publication_keeps_the_achievement_out_of_the_market()
    {
        var taken = DateTimeOffset.UtcNow.AddMinutes(-5);
        var snapshot = new AchievementSnapshot(
            Guid.CreateVersion7(),
            "被撤回的储能成果",
            "储能电站电池健康状态评估。",
            ["储能"],
            "新能源与智能电网-储能",
            null,
            new Maturity(Maturity.Trl, 6),
            [],
            CooperationModes.Assignment,
            PriceRange.Negotiable,
            "华北电力大学（保定）",
            Guid.Empty,
            new Region(Province.Hebei, "保定"),
            "Published",
            taken
        );

        await PublishAsync(
            new AchievementWithdrawn(Guid.CreateVersion7(), taken.AddMinutes(1), "achievements", snapshot.Id)
        );
        await Eventually.WaitForAsync(() => AppliedAsync(snapshot.Id), n => n == 1, Patience, "the withdrawal applied");
        await PublishAsync(new AchievementPublished(Guid.CreateVersion7(), taken, "achievements", snapshot));
        await Eventually.WaitForAsync(
            () => AppliedAsync(snapshot.Id),
            n => n == 2,
            Patience,
            "the publication applied"
        );

        var active = await host.WithScopeAsync<MatchingDbContext, bool>(db =>
            db.Achievements.Where(a => a.Id == snapshot.Id).Select(a => a.IsActive).SingleAsync()
        );
        active.ShouldBeFalse();
        (await SuggestionsAsync($"achievementId={snapshot.Id}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_correlation_id_follows_a_listing_from_the_api_call_to_its_MatchSuggested()
    {
        var demand = await OpenDemandAsync("冷轧带钢板形在线检测需求", "需要冷轧带钢板形的在线检测与控制技术。");
        await Eventually.WaitForAsync(
            () => AppliedAsync(demand),
            n => n == 1,
            Patience,
            "the demand known to the matcher"
        );
        var correlationId = "corr-" + Guid.NewGuid().ToString("N");
        var body = AchievementSamples
            .Valid("冷轧带钢板形在线检测系统")
            .With(b => b["summary"] = "冷轧带钢板形在线检测与闭环控制，平直度提高30%。");
        var created = await http.PostAsJsonAsync("/api/achievements", body);
        var achievement = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/achievements/{achievement}/publish");
        publish.Headers.Add(Correlation.Header, correlationId);

        var response = await http.SendAsync(publish);

        response.Headers.GetValues(Correlation.Header).ShouldBe([correlationId]);
        await Eventually.WaitForAsync(
            () => SuggestionsAsync($"achievementId={achievement}"),
            s => s.Any(m => m.GetProperty("demandId").GetGuid() == demand),
            Patience,
            "the suggestion"
        );
        var suggested = (await MatchSuggestedRowsAsync(achievement)).Select(m => m.CorrelationId).ToList();
        suggested.ShouldNotBeEmpty();
        suggested.ShouldAllBe(c => c == correlationId);
    }

    [Fact]
    public async Task A_trace_follows_a_listing_from_the_api_call_through_both_outboxes_to_its_MatchSuggested()
    {
        var finished = new System.Collections.Concurrent.ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            // What an OTLP exporter listens to (TelemetryRegistration), and the request's own span.
            ShouldListenTo = source =>
                source.Name == "Microsoft.AspNetCore" || TelemetryRegistration.TraceSources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = finished.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var demand = await OpenDemandAsync("热轧带钢卷取温度控制需求", "需要热轧带钢卷取温度的在线预测与控制技术。");
        await Eventually.WaitForAsync(() => AppliedAsync(demand), n => n == 1, Patience, "the demand known");
        var body = AchievementSamples
            .Valid("热轧带钢卷取温度预测控制系统")
            .With(b => b["summary"] = "热轧带钢卷取温度在线预测与控制，温度偏差减少40%。");
        var created = await http.PostAsJsonAsync("/api/achievements", body);
        var achievement = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var trace = ActivityTraceId.CreateRandom();
        var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/achievements/{achievement}/publish");
        publish.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        (await http.SendAsync(publish)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.WaitForAsync(
            () => SuggestionsAsync($"achievementId={achievement}"),
            s => s.Any(m => m.GetProperty("demandId").GetGuid() == demand),
            Patience,
            "the suggestion"
        );
        var suggested = (await MatchSuggestedRowsAsync(achievement)).Select(m => m.TraceParent).ToList();
        suggested.ShouldNotBeEmpty();
        suggested.ShouldAllBe(p => p != null && p.StartsWith($"00-{trace}-"), "written under the consumer's span");
        var ours = finished.Where(a => a.TraceId == trace).ToList();
        ours.ShouldContain(a => a.Source.Name == OutboxTracing.SourceName, "the achievements outbox's publish");
        ours.ShouldContain(
            a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Consumer,
            "AchievementPublished consumed by the matcher"
        );
    }

    [Fact]
    public async Task New_suggestions_are_counted_on_the_JjjMatch_meter()
    {
        long counted = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == JjjMetrics.MeterName && instrument.Name == "jjjmatch.matching.suggestions")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref counted, value));
        listener.Start();

        await PublishAchievementAsync("风电叶片裂纹无人机巡检", "无人机搭载红外相机巡检风电叶片裂纹。");
        var demand = await OpenDemandAsync("风电场叶片裂纹检测", "风电场需要叶片裂纹的无人机巡检方案。");
        await Eventually.WaitForAsync(
            () => SuggestionsAsync($"demandId={demand}"),
            s => s.Count > 0,
            Patience,
            "a suggestion"
        );

        Interlocked.Read(ref counted).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Asking_for_suggestions_of_nothing_is_a_400_naming_the_field()
    {
        var response = await broker.GetAsync("/api/matches");

        await response.ShouldBeValidationProblemAsync("demandId");
    }

    private async Task<Guid> PublishAchievementAsync(string title, string summary)
    {
        // Keywords from the title, so each achievement's text is only its own.
        var body = AchievementSamples
            .Valid(title)
            .With(b =>
            {
                b["summary"] = summary;
                b["keywords"] = new System.Text.Json.Nodes.JsonArray(title[..4]);
            });
        var created = await http.PostAsJsonAsync("/api/achievements", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await http.PostAsync($"/api/achievements/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<Guid> OpenDemandAsync(string title, string description)
    {
        var snapshot = new DemandSnapshot(
            Guid.CreateVersion7(),
            title,
            description,
            "",
            "电子信息-人工智能",
            null,
            PriceRange.Negotiable,
            DateTimeOffset.UtcNow.AddDays(30),
            new Region(Province.Hebei, "唐山"),
            CooperationModes.None,
            false,
            "唐山钢铁集团有限责任公司",
            Guid.Empty,
            "Open",
            DateTimeOffset.UtcNow
        );
        await PublishAsync(new DemandOpened(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "demands", snapshot));
        return snapshot.Id;
    }

    private Task PublishAsync<T>(T message)
        where T : class => host.Services.GetRequiredService<IBus>().Publish(message);

    private async Task<List<JsonElement>> SuggestionsAsync(string query) =>
        (await broker.GetFromJsonAsync<JsonElement>($"/api/matches?{query}"))
            .GetProperty("items")
            .EnumerateArray()
            .ToList();

    /// <summary>The matcher's outbox rows of the MatchSuggested events that name the achievement.</summary>
    private Task<List<OutboxMessage>> MatchSuggestedRowsAsync(Guid achievement) =>
        host.WithScopeAsync<MatchingDbContext, List<OutboxMessage>>(async db =>
            (await db.OutboxMessages.AsNoTracking().ToListAsync())
                .Where(m =>
                    IntegrationEventSerializer.FromOutboxMessage(m).Event is MatchSuggested e
                    && e.AchievementId == achievement
                )
                .ToList()
        );

    private Task<int> AppliedAsync(Guid listingId) =>
        host.WithScopeAsync<MatchingDbContext, int>(db => db.MarketEvents.CountAsync(e => e.ListingId == listingId));

    private Task<List<T>> OutboxAsync<T>() =>
        host.WithScopeAsync<MatchingDbContext, List<T>>(async db =>
            (await db.OutboxMessages.AsNoTracking().ToListAsync())
                .Select(m => IntegrationEventSerializer.FromOutboxMessage(m).Event)
                .OfType<T>()
                .ToList()
        );
}
