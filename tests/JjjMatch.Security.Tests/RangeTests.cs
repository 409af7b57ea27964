using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

/// <summary>
/// Every paging, date and time query parameter has one documented range (docs/security.md, "Ranges"); a value outside
/// it is a 400 naming the parameter, never a 500 and never a silently different answer (a page past the end is empty,
/// not the first one).
/// </summary>
public sealed class RangeTests(SqliteMarket host) : IClassFixture<SqliteMarket>
{
    private readonly Market market = new(host);

    /// <summary>Every paged list, with an account that may read it.</summary>
    public static TheoryData<string, string> PagedLists =>
        new()
        {
            { "/api/achievements?", "" },
            { "/api/achievements/mine?", Roles.University },
            { "/api/demands?", "" },
            { "/api/demands/mine?", Roles.Enterprise },
            { "/api/demands/{demand}/applications?", Roles.Enterprise },
            { "/api/matches?demandId={demand}&", Roles.Enterprise },
            { "/api/matches/feedback?", Roles.University },
            { "/api/review/queue?", Roles.Intermediary },
            { "/api/deals?", Roles.Operator },
        };

    public static TheoryData<string> DateQueries =>
        new()
        {
            "/api/stats/funnel",
            "/api/stats/review-time",
            "/api/stats/acceptance",
            "/api/stats/contract-value",
            "/api/deals",
            "/api/deals/export",
        };

    [Theory]
    [MemberData(nameof(PagedLists))]
    public async Task Page_and_page_size_outside_their_range_are_400s_and_a_page_past_the_end_is_empty(
        string list,
        string role
    )
    {
        var (client, path) = await CallerAsync(list, role);

        foreach (var page in new[] { "0", "-1", "100001", "2147483647" })
        {
            await (await client.GetAsync($"{path}page={page}")).ShouldBeValidationProblemAsync("page");
        }

        await (await client.GetAsync($"{path}pageSize=0")).ShouldBeValidationProblemAsync("pageSize");
        var last = await client.GetAsync($"{path}page=100000&pageSize=100");
        last.StatusCode.ShouldBe(HttpStatusCode.OK, await last.Content.ReadAsStringAsync());
        var body = await last.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("items").GetArrayLength().ShouldBe(0);
        body.GetProperty("page").GetInt32().ShouldBe(100000);
    }

    [Theory]
    [MemberData(nameof(DateQueries))]
    public async Task Dates_outside_the_calendar_are_400s_naming_them(string path)
    {
        var operatorClient = market.As(TestAccounts.New(Roles.Operator));

        await (await operatorClient.GetAsync($"{path}?from=0001-01-01")).ShouldBeValidationProblemAsync("from");
        await (await operatorClient.GetAsync($"{path}?to=9999-12-31")).ShouldBeValidationProblemAsync("to");
        await (await operatorClient.GetAsync($"{path}?from=1999-12-31")).ShouldBeValidationProblemAsync("from");
        await (await operatorClient.GetAsync($"{path}?to=2100-01-01")).ShouldBeValidationProblemAsync("to");
        var edges = await operatorClient.GetAsync($"{path}?from=2000-01-01&to=2099-12-31");
        edges.StatusCode.ShouldBe(HttpStatusCode.OK, await edges.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/demands?deadlineAfter=0001-01-01T00:00:00Z", "", "deadlineAfter")]
    [InlineData("/api/demands?deadlineBefore=9999-12-31T23:59:59Z", "", "deadlineBefore")]
    [InlineData("/api/review/queue?suggestedAfter=0001-01-01T00:00:00Z", Roles.Intermediary, "suggestedAfter")]
    [InlineData("/api/review/queue?suggestedBefore=9999-12-31T00:00:00Z", Roles.Intermediary, "suggestedBefore")]
    [InlineData("/api/review/queue?maxAgeDays=3651", Roles.Intermediary, "maxAgeDays")]
    [InlineData("/api/review/queue?minScore=NaN", Roles.Intermediary, "minScore")]
    [InlineData("/api/demands?bountyMax=1000000000001", "", "bountyMax")]
    [InlineData("/api/achievements?maturityMin=0", "", "maturityMin")]
    public async Task Times_and_numbers_outside_their_range_are_400s_naming_them(string path, string role, string field)
    {
        var client = role.Length == 0 ? market.Anonymous : market.As(TestAccounts.New(role));

        await (await client.GetAsync(path)).ShouldBeValidationProblemAsync(field);
    }

    private async Task<(HttpClient Client, string Path)> CallerAsync(string list, string role)
    {
        if (!list.Contains("{demand}", StringComparison.Ordinal))
        {
            return (role.Length == 0 ? market.Anonymous : market.As(TestAccounts.New(role)), list);
        }

        var owner = TestAccounts.New(Roles.Enterprise);
        var demand = await market.OpenDemandAsync(owner);
        return (market.As(owner), list.Replace("{demand}", demand.ToString(), StringComparison.Ordinal));
    }
}
