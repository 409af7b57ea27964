using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Brokerage.Stats;

/// <summary>Every statistic on <see cref="KnownMarket"/>, against figures worked out by hand from its table.</summary>
public abstract class StatisticsTests(StatsHost host)
{
    private const string OctoberToNovember = "from=2026-10-01&to=2026-11-30";
    private readonly HttpClient operatorClient = host.CreateClient(TestAccounts.Operator);

    [Fact]
    public async Task The_activity_funnel_counts_the_matches_reaching_each_stage_in_each_Beijing_month()
    {
        var funnel = await GetAsync($"funnel?{OctoberToNovember}&groupBy=month");

        funnel.GetProperty("groupBy").GetString().ShouldBe("month");
        Funnel(funnel.GetProperty("total")).ShouldBe(("all", 4, 4, 8, 7, 4, 4));
        Rates(funnel.GetProperty("total")).ShouldBe([0.875, 0.5714, 1.0, 0.5]);
        var periods = funnel.GetProperty("periods").EnumerateArray().ToList();
        periods.Select(Funnel).ShouldBe([("2026-10", 3, 2, 4, 3, 2, 1), ("2026-11", 1, 2, 4, 4, 2, 3)]);
        Rates(periods[0]).ShouldBe([0.75, 0.6667, 0.5, 0.25]);
        // Activity in a month can convert more than it received: two November deals came from October's introductions.
        Rates(periods[1]).ShouldBe([1.0, 0.5, 1.5, 0.75]);
    }

    [Fact]
    public async Task The_cohort_funnel_follows_each_month_of_suggestions_to_the_end_of_the_range()
    {
        var funnel = await GetAsync($"funnel?{OctoberToNovember}&groupBy=month&basis=cohort");

        funnel
            .GetProperty("periods")
            .EnumerateArray()
            .Select(Funnel)
            .ShouldBe([("2026-10", 3, 2, 4, 4, 3, 3), ("2026-11", 1, 2, 4, 3, 1, 1)]);
        Funnel(funnel.GetProperty("total")).ShouldBe(("all", 4, 4, 8, 7, 4, 4));

        // Ending the range on 31 October: M4's November claim and the November deals are not reached yet.
        var october = await GetAsync("funnel?from=2026-10-01&to=2026-10-31&basis=cohort");
        Funnel(october.GetProperty("total")).ShouldBe(("all", 3, 2, 4, 3, 2, 1));
        october.GetProperty("periods").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Without_a_range_the_funnel_covers_everything_held()
    {
        var funnel = await GetAsync("funnel");

        Funnel(funnel.GetProperty("total")).ShouldBe(("all", 5, 4, 9, 8, 5, 4));
        funnel.GetProperty("from").ValueKind.ShouldBe(JsonValueKind.Null);
        funnel.GetProperty("groupBy").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_median_review_time_is_in_hours_from_suggestion_to_decision()
    {
        var review = await GetAsync($"review-time?{OctoberToNovember}&groupBy=month");

        ReviewTime(review.GetProperty("total")).ShouldBe(("all", 6, 27.0));
        review
            .GetProperty("periods")
            .EnumerateArray()
            .Select(ReviewTime)
            .ShouldBe([("2026-10", 3, 24.0), ("2026-11", 3, 30.0)]);
        ReviewTime((await GetAsync("review-time")).GetProperty("total")).ShouldBe(("all", 7, 30.0));
        var empty = (await GetAsync("review-time?from=2027-01-01")).GetProperty("total");
        empty.GetProperty("decided").GetInt32().ShouldBe(0);
        empty.GetProperty("medianHours").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_acceptance_rate_is_accepted_over_decided_per_industry()
    {
        var acceptance = await GetAsync($"acceptance?{OctoberToNovember}&groupBy=month");

        var total = acceptance.GetProperty("total");
        (
            total.GetProperty("decided").GetInt32(),
            total.GetProperty("accepted").GetInt32(),
            total.GetProperty("rate").GetDouble()
        ).ShouldBe((6, 4, 0.6667));
        // Most decided first, then by code.
        Industries(total)
            .ShouldBe([("新材料", 2, 1, 0.5), ("电子信息", 2, 2, 1.0), ("现代农业", 1, 0, 0.0), ("钢铁", 1, 1, 1.0)]);
        total.GetProperty("industries")[0].GetProperty("industryEnglish").GetString().ShouldBe("New materials");
        var periods = acceptance.GetProperty("periods").EnumerateArray().ToList();
        Industries(periods[0]).ShouldBe([("电子信息", 2, 2, 1.0), ("新材料", 1, 0, 0.0)]);
        Industries(periods[1]).ShouldBe([("新材料", 1, 1, 1.0), ("现代农业", 1, 0, 0.0), ("钢铁", 1, 1, 1.0)]);
    }

    [Fact]
    public async Task Contract_value_is_summed_per_region_pair_by_signing_date()
    {
        var value = await GetAsync($"contract-value?{OctoberToNovember}&groupBy=month");

        var total = value.GetProperty("total");
        (
            total.GetProperty("count").GetInt32(),
            total.GetProperty("amount").GetDecimal(),
            total.GetProperty("technologyAmount").GetDecimal()
        ).ShouldBe((4, 2000000.50m, 1800000.50m));
        Pairs(total)
            .ShouldBe([
                ("北京→河北", "beijing", "hebei", 1, 1000000.00m),
                ("北京→天津", "beijing", "tianjin", 2, 500000.50m),
                ("天津→河北", "tianjin", "hebei", 1, 500000.00m),
            ]);
        total.GetProperty("pairs")[0].GetProperty("labelEnglish").GetString().ShouldBe("Beijing → Hebei");
        var periods = value.GetProperty("periods").EnumerateArray().ToList();
        periods
            .Select(p =>
                (
                    p.GetProperty("period").GetString(),
                    p.GetProperty("count").GetInt32(),
                    p.GetProperty("amount").GetDecimal()
                )
            )
            .ShouldBe([("2026-10", 1, 1000000.00m), ("2026-11", 3, 1000000.50m)]);
        Pairs(periods[1])
            .ShouldBe([
                ("北京→天津", "beijing", "tianjin", 2, 500000.50m),
                ("天津→河北", "tianjin", "hebei", 1, 500000.00m),
            ]);

        var firstWeek = (await GetAsync("contract-value?from=2026-11-01&to=2026-11-05")).GetProperty("total");
        Pairs(firstWeek).ShouldBe([("北京→天津", "beijing", "tianjin", 2, 500000.50m)]);
    }

    [Theory]
    [InlineData("quarter", "2026-Q4")]
    [InlineData("year", "2026")]
    public async Task Quarters_and_years_group_the_same_figures(string groupBy, string period)
    {
        var value = await GetAsync($"contract-value?{OctoberToNovember}&groupBy={groupBy}");

        var only = value.GetProperty("periods").EnumerateArray().ShouldHaveSingleItem();
        only.GetProperty("period").GetString().ShouldBe(period);
        only.GetProperty("amount").GetDecimal().ShouldBe(2000000.50m);
        Funnel((await GetAsync($"funnel?{OctoberToNovember}&groupBy={groupBy}")).GetProperty("periods")[0])
            .ShouldBe((period, 4, 4, 8, 7, 4, 4));
    }

    [Theory]
    [InlineData("funnel?from=2026-1-1", "from")]
    [InlineData("funnel?to=2026-11-31", "to")]
    [InlineData("funnel?from=2026-12-01&to=2026-11-01", "from")]
    [InlineData("funnel?groupBy=week", "groupBy")]
    [InlineData("funnel?basis=everything", "basis")]
    [InlineData("review-time?groupBy=1", "groupBy")]
    [InlineData("acceptance?from=yesterday", "from")]
    [InlineData("contract-value?to=2026-11", "to")]
    public async Task Bad_query_values_are_named(string path, string field)
    {
        await (await operatorClient.GetAsync($"/api/stats/{path}")).ShouldBeValidationProblemAsync(field);
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        await host.SeededAsync();
        var response = await operatorClient.GetAsync($"/api/stats/{path}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static (string?, int, int, int, int, int, int) Funnel(JsonElement f) =>
        (
            f.GetProperty("period").GetString(),
            f.GetProperty("achievementsPublished").GetInt32(),
            f.GetProperty("demandsOpened").GetInt32(),
            f.GetProperty("suggested").GetInt32(),
            f.GetProperty("claimed").GetInt32(),
            f.GetProperty("accepted").GetInt32(),
            f.GetProperty("deals").GetInt32()
        );

    private static double[] Rates(JsonElement f)
    {
        var rates = f.GetProperty("rates");
        return
        [
            rates.GetProperty("claimed").GetDouble(),
            rates.GetProperty("accepted").GetDouble(),
            rates.GetProperty("deal").GetDouble(),
            rates.GetProperty("overall").GetDouble(),
        ];
    }

    private static (string?, int, double?) ReviewTime(JsonElement r) =>
        (
            r.GetProperty("period").GetString(),
            r.GetProperty("decided").GetInt32(),
            r.GetProperty("medianHours").GetDouble()
        );

    private static List<(string?, int, int, double)> Industries(JsonElement figures) =>
        figures
            .GetProperty("industries")
            .EnumerateArray()
            .Select(i =>
                (
                    i.GetProperty("industry").GetString(),
                    i.GetProperty("decided").GetInt32(),
                    i.GetProperty("accepted").GetInt32(),
                    i.GetProperty("rate").GetDouble()
                )
            )
            .ToList();

    private static List<(string?, string?, string?, int, decimal)> Pairs(JsonElement figures) =>
        figures
            .GetProperty("pairs")
            .EnumerateArray()
            .Select(p =>
                (
                    p.GetProperty("label").GetString(),
                    p.GetProperty("seller").GetString(),
                    p.GetProperty("buyer").GetString(),
                    p.GetProperty("count").GetInt32(),
                    p.GetProperty("amount").GetDecimal()
                )
            )
            .ToList();
}
