using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Shared;
using JjjMatch.Testing;

namespace JjjMatch.Security.Tests;

/// <summary>
/// Deals and statistics × every kind of caller: no token 401, a role that may not 403, another organisation of the
/// allowed role 403 where the resource is someone's, and the allowed caller through.
/// </summary>
public abstract class DealsAndStatsAccessTests(MarketHost host)
{
    private readonly Market market = new(host);
    private readonly MatchSeed seed = new(host);

    public static TheoryData<string> Endpoints => new(Access.All.Keys);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Only_the_right_role_and_organisation_gets_through(string endpoint)
    {
        var access = Access.All[endpoint];
        var (allowed, send) = await access.Prepare(this);

        await (await send(market.Anonymous)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        foreach (var role in Roles.All.Except(access.Roles))
        {
            await (await send(market.As(TestAccounts.New(role)))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        if (access.Owned)
        {
            foreach (var role in access.Roles.Except([Roles.Operator]))
            {
                await (await send(market.As(TestAccounts.New(role)))).ShouldBeProblemAsync(access.OtherGets);
            }
        }

        foreach (var account in allowed)
        {
            var response = await send(market.As(account));
            response.StatusCode.ShouldBe(
                access.Success,
                $"{account.Role}: " + $"{await response.Content.ReadAsStringAsync()}"
            );
        }
    }

    /// <summary>A match accepted three days ago by the demo broker, between two new organisations.</summary>
    internal static async Task<(Guid Match, Account Seller, Account Buyer)> AcceptedMatchAsync(MatchSeed seed)
    {
        var seller = TestAccounts.New(Roles.University);
        var buyer = TestAccounts.New(Roles.Enterprise);
        var match = await seed.AcceptedAsync(
            TestAccounts.Intermediary,
            MatchSeed.Achievement(seller.OrganisationId),
            MatchSeed.Demand(buyer.OrganisationId),
            DateTime.UtcNow.AddDays(-3)
        );
        return (match, seller, buyer);
    }

    internal static JsonObject DealBody() =>
        new()
        {
            ["contractType"] = "licence",
            ["amount"] = 880000m,
            ["signedOn"] = BeijingTime
                .Today(TimeProvider.System)
                .AddDays(-1)
                .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

    private async Task<Guid> DealAsync(Guid match)
    {
        var response = await market
            .As(TestAccounts.Intermediary)
            .PostAsJsonAsync($"/api/matches/{match}/deals", DealBody());
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Who passes the role policy, whether the resource belongs to someone, and the accounts that get through.
    /// </summary>
    private sealed record Access(
        string[] Roles,
        bool Owned,
        HttpStatusCode Success,
        Func<
            DealsAndStatsAccessTests,
            Task<(Account[] Allowed, Func<HttpClient, Task<HttpResponseMessage>> Send)>
        > Prepare,
        HttpStatusCode OtherGets = HttpStatusCode.Forbidden
    )
    {
        private static readonly string[] BrokerOrOperator =
        [
            BuildingBlocks.Auth.Roles.Intermediary,
            BuildingBlocks.Auth.Roles.Operator,
        ];

        public static IReadOnlyDictionary<string, Access> All { get; } =
            new Dictionary<string, Access>
            {
                // Each POST records on a fresh accepted match, so the allowed broker's call is the first on it.
                ["POST /api/matches/{id}/deals"] = new(BrokerOrOperator, true, HttpStatusCode.Created, async t =>
                {
                    var (match, _, _) = await AcceptedMatchAsync(t.seed);
                    return ([TestAccounts.Intermediary], c =>
                        c.PostAsJsonAsync($"/api/matches/{match}/deals", DealBody())
                    );
                }),
                ["GET /api/deals"] = new(BuildingBlocks.Auth.Roles.All.ToArray(), false, HttpStatusCode.OK, _ =>
                    Task.FromResult<(Account[], Func<HttpClient, Task<HttpResponseMessage>>)>(
                        (
                            [
                                TestAccounts.University,
                                TestAccounts.Enterprise,
                                TestAccounts.Intermediary,
                                TestAccounts.Operator,
                            ],
                            c => c.GetAsync("/api/deals")
                        )
                    )
                ),
                ["GET /api/deals/{id}"] = new(
                    BuildingBlocks.Auth.Roles.All.ToArray(),
                    true,
                    HttpStatusCode.OK,
                    async t =>
                    {
                        var (match, seller, buyer) = await AcceptedMatchAsync(t.seed);
                        var deal = await t.DealAsync(match);
                        return ([seller, buyer, TestAccounts.Intermediary, TestAccounts.Operator], c =>
                            c.GetAsync($"/api/deals/{deal}")
                        );
                    },
                    // Who is no party may not know of the deal: the answer of an unknown id.
                    HttpStatusCode.NotFound
                ),
                ["GET /api/deals/export"] = new(BrokerOrOperator, false, HttpStatusCode.OK, _ =>
                    Ready([TestAccounts.Intermediary, TestAccounts.Operator], "/api/deals/export")
                ),
                ["GET /api/stats/funnel"] = Stats("/api/stats/funnel?groupBy=month"),
                ["GET /api/stats/review-time"] = Stats("/api/stats/review-time"),
                ["GET /api/stats/acceptance"] = Stats("/api/stats/acceptance?groupBy=quarter"),
                ["GET /api/stats/contract-value"] = Stats("/api/stats/contract-value?groupBy=year"),
            };

        /// <summary>Platform-wide figures: the operator's alone, brokers included among the refused.</summary>
        private static Access Stats(string path) =>
            new([BuildingBlocks.Auth.Roles.Operator], false, HttpStatusCode.OK, _ =>
                Ready([TestAccounts.Operator], path)
            );

        private static Task<(Account[], Func<HttpClient, Task<HttpResponseMessage>>)> Ready(
            Account[] allowed,
            string path
        ) =>
            Task.FromResult<(Account[], Func<HttpClient, Task<HttpResponseMessage>>)>((allowed, c => c.GetAsync(path)));
    }
}

public sealed class DealsAndStatsAccessOnSqlite(SqliteMarket host)
    : DealsAndStatsAccessTests(host),
        IClassFixture<SqliteMarket>;

public sealed class DealsAndStatsAccessOnPostgreSql(PostgreSqlMarket host)
    : DealsAndStatsAccessTests(host),
        IClassFixture<PostgreSqlMarket>;
