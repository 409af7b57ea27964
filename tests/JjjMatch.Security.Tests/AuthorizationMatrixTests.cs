using System.Net;
using System.Net.Http.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Security.Tests;

/// <summary>
/// Every write endpoint (and every owner-only read) against every kind of caller: no token 401, a role that may not
/// do it 403, another organisation of the right role 403 for what it can see and 404 for what it may not know of
/// (someone else's draft, application, match), the owner 2xx. The denied calls
/// come first and change nothing, so the owner's call still finds the resource as it was prepared.
/// </summary>
public abstract class AuthorizationMatrixTests(MarketHost host)
{
    private static readonly string[] Solvers = [Roles.University, Roles.Enterprise];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Market market = new(host);

    public static TheoryData<string> Endpoints => new(Guarded.All.Keys);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Only_the_owner_in_the_right_role_gets_through(string endpoint)
    {
        var guarded = Guarded.All[endpoint];
        var (owner, send) = await guarded.Prepare(market);

        await (await send(market.Anonymous)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        foreach (var role in Roles.All.Except(guarded.Roles))
        {
            await (await send(market.As(TestAccounts.New(role)))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        if (guarded.Owned)
        {
            await (await send(market.As(guarded.Other?.Invoke() ?? TestAccounts.New(owner.Role)))).ShouldBeProblemAsync(
                guarded.OtherGets
            );
        }

        var allowed = await send(market.As(owner));
        allowed.StatusCode.ShouldBe(guarded.Success, await allowed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_signed_with_another_key_or_expired_is_a_401()
    {
        var forged = new TokenIssuer(
            new AuthOptions { SigningKey = "someone-elses-signing-key-0123456789abcdef" },
            TimeProvider.System
        );
        var expired = new TokenIssuer(
            new AuthOptions { SigningKey = TestAccounts.SigningKey, TokenLifetime = TimeSpan.FromMinutes(5) },
            new ManualTimeProvider(DateTimeOffset.UtcNow.AddHours(-1))
        );

        foreach (
            var token in new[]
            {
                forged.Issue(TestAccounts.University).AccessToken,
                expired.Issue(TestAccounts.University).AccessToken,
                "not-a-token",
            }
        )
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/achievements")
            {
                Content = JsonContent.Create(AchievementSamples.Valid()),
            };
            request.Headers.Authorization = new("Bearer", token);
            await (await market.Anonymous.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Brokers_the_operator_and_the_other_side_may_read_a_match_others_may_not()
    {
        var (matchId, achievementOwner, demandOwner) = await SuggestedMatchAsync(market);

        foreach (
            var reader in new[] { achievementOwner, demandOwner, TestAccounts.Intermediary, TestAccounts.Operator }
        )
        {
            var response = await market.As(reader).GetAsync($"/api/matches/{matchId}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, reader.Role);
        }

        await (
            await market.As(TestAccounts.New(Roles.Enterprise)).GetAsync($"/api/matches/{matchId}")
        ).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>
    /// An achievement and a demand on one topic, each with its own owner, and the suggestion the matcher makes of them.
    /// </summary>
    internal static async Task<(Guid Match, Account AchievementOwner, Account DemandOwner)> SuggestedMatchAsync(
        Market market
    )
    {
        var university = TestAccounts.New(Roles.University);
        var enterprise = TestAccounts.New(Roles.Enterprise);
        var achievement = await market.PublishedAchievementAsync(university);
        var demand = await market.OpenDemandAsync(
            enterprise,
            DemandSamples
                .Valid(Market.Deadline, "寻求钢板表面缺陷视觉检测技术", "电子信息-人工智能")
                .With(b =>
                    b["problemDescription"] =
                        "我公司冷轧产线需要基于深度学习的钢板表面缺陷视觉检测方案，识别划痕、裂纹，准确率99%。"
                )
        );
        var broker = market.As(TestAccounts.Intermediary);
        var page = await Eventually.WaitForAsync(
            () =>
                broker.GetFromJsonAsync<System.Text.Json.JsonElement>(
                    $"/api/matches?demandId={demand}&achievementId={achievement}"
                ),
            p => p.GetProperty("total").GetInt32() > 0,
            Patience,
            "the suggestion"
        );
        return (page.GetProperty("items")[0].GetProperty("id").GetGuid(), university, enterprise);
    }

    internal static Task WaitUntilMatchingKnowsAsync(Market market, Guid achievement) =>
        Eventually.WaitForAsync(
            () =>
                market.Host.WithScopeAsync<MatchingDbContext, bool>(db =>
                    db.Achievements.AnyAsync(a => a.Id == achievement)
                ),
            known => known,
            Patience,
            "the achievement in the matcher"
        );

    /// <summary>
    /// One guarded endpoint: who may call it, and how to prepare a resource of an owner and call it. <c>Other</c> is
    /// "someone else" when that is not simply another organisation of the owner's role (for brokers: one whose regions
    /// do not cover the pair).
    /// </summary>
    private sealed record Guarded(
        string[] Roles,
        bool Owned,
        HttpStatusCode Success,
        Func<Market, Task<(Account Owner, Func<HttpClient, Task<HttpResponseMessage>> Send)>> Prepare,
        Func<Account>? Other = null,
        HttpStatusCode OtherGets = HttpStatusCode.Forbidden
    )
    {
        private static readonly HttpStatusCode Ok = HttpStatusCode.OK;

        public static IReadOnlyDictionary<string, Guarded> All { get; } =
            new Dictionary<string, Guarded>
            {
                ["POST /api/achievements"] = new(
                    [BuildingBlocks.Auth.Roles.University],
                    false,
                    HttpStatusCode.Created,
                    m =>
                        Ready(TestAccounts.New(BuildingBlocks.Auth.Roles.University), c =>
                            c.PostAsJsonAsync("/api/achievements", AchievementSamples.Valid())
                        )
                ),
                ["PUT /api/achievements/{id}"] = Achievement(draft: true, (c, id) =>
                    c.PutAsJsonAsync($"/api/achievements/{id}", AchievementSamples.Valid("改过的标题"))
                ),
                ["POST /api/achievements/{id}/publish"] = Achievement(draft: true, (c, id) =>
                    c.PostAsync($"/api/achievements/{id}/publish", null)
                ),
                ["POST /api/achievements/{id}/withdraw"] = Achievement(draft: false, (c, id) =>
                    c.PostAsync($"/api/achievements/{id}/withdraw", null)
                ),
                ["POST /api/achievements/{id}/transferred"] = Achievement(draft: false, (c, id) =>
                    c.PostAsync($"/api/achievements/{id}/transferred", null)
                ),
                ["GET /api/achievements/mine"] = new(BuildingBlocks.Auth.Roles.All.ToArray(), false, Ok, m =>
                    Ready(TestAccounts.New(BuildingBlocks.Auth.Roles.University), c =>
                        c.GetAsync("/api/achievements/mine")
                    )
                ),

                ["POST /api/demands"] = new([BuildingBlocks.Auth.Roles.Enterprise], false, HttpStatusCode.Created, m =>
                    Ready(TestAccounts.New(BuildingBlocks.Auth.Roles.Enterprise), c =>
                        c.PostAsJsonAsync("/api/demands", DemandSamples.Valid(Market.Deadline))
                    )
                ),
                ["PUT /api/demands/{id}"] = Demand(open: false, (c, id) =>
                    c.PutAsJsonAsync($"/api/demands/{id}", DemandSamples.Valid(Market.Deadline, "改过的需求标题"))
                ),
                ["POST /api/demands/{id}/open"] = Demand(open: false, (c, id) =>
                    c.PostAsync($"/api/demands/{id}/open", null)
                ),
                ["POST /api/demands/{id}/close"] = Demand(open: true, (c, id) =>
                    c.PostAsync($"/api/demands/{id}/close", null)
                ),
                ["GET /api/demands/{id}/applications"] = new(
                    BuildingBlocks.Auth.Roles.All.ToArray(),
                    true,
                    Ok,
                    async m =>
                    {
                        var owner = TestAccounts.New(BuildingBlocks.Auth.Roles.Enterprise);
                        var demand = await m.OpenDemandAsync(owner);
                        await m.ApplicationAsync(demand, TestAccounts.New(BuildingBlocks.Auth.Roles.University));
                        return (owner, c => c.GetAsync($"/api/demands/{demand}/applications"));
                    }
                ),
                ["GET " + "/api/demands/{id}/applications/{applicationId}"] = new(
                    BuildingBlocks.Auth.Roles.All.ToArray(),
                    true,
                    Ok,
                    async m =>
                    {
                        var owner = TestAccounts.New(BuildingBlocks.Auth.Roles.Enterprise);
                        var demand = await m.OpenDemandAsync(owner);
                        var application = await m.ApplicationAsync(
                            demand,
                            TestAccounts.New(BuildingBlocks.Auth.Roles.University)
                        );
                        return (owner, c => c.GetAsync($"/api/demands/{demand}/applications/{application}"));
                    },
                    OtherGets: HttpStatusCode.NotFound
                ),
                ["GET /api/demands/mine"] = new(BuildingBlocks.Auth.Roles.All.ToArray(), false, Ok, m =>
                    Ready(TestAccounts.New(BuildingBlocks.Auth.Roles.Enterprise), c => c.GetAsync("/api/demands/mine"))
                ),
                ["POST /api/demands/{id}/applications"] = new(Solvers, false, HttpStatusCode.Created, async m =>
                {
                    var demand = await m.OpenDemandAsync(TestAccounts.New(BuildingBlocks.Auth.Roles.Enterprise));
                    return (TestAccounts.New(BuildingBlocks.Auth.Roles.University), c =>
                        c.PostAsJsonAsync($"/api/demands/{demand}/applications", DemandSamples.Application())
                    );
                }),
                ["POST /api/demands/{id}/applications/{applicationId}/withdraw"] = new(
                    Solvers,
                    true,
                    Ok,
                    async m =>
                    {
                        var applicant = TestAccounts.New(BuildingBlocks.Auth.Roles.University);
                        var demand = await m.OpenDemandAsync(TestAccounts.New(BuildingBlocks.Auth.Roles.Enterprise));
                        var application = await m.ApplicationAsync(demand, applicant);
                        return (applicant, c =>
                            c.PostAsync($"/api/demands/{demand}/applications/{application}/withdraw", null)
                        );
                    },
                    OtherGets: HttpStatusCode.NotFound
                ),
                ["POST " + "/api/demands/{id}/applications/{applicationId}/award"] = new(
                    [BuildingBlocks.Auth.Roles.Enterprise],
                    true,
                    Ok,
                    async m =>
                    {
                        var owner = TestAccounts.New(BuildingBlocks.Auth.Roles.Enterprise);
                        var demand = await m.OpenDemandAsync(owner);
                        var application = await m.ApplicationAsync(
                            demand,
                            TestAccounts.New(BuildingBlocks.Auth.Roles.University)
                        );
                        return (owner, c =>
                            c.PostAsync($"/api/demands/{demand}/applications/{application}/award", null)
                        );
                    }
                ),

                ["GET /api/matches?achievementId="] = new(BuildingBlocks.Auth.Roles.All.ToArray(), true, Ok, async m =>
                {
                    var owner = TestAccounts.New(BuildingBlocks.Auth.Roles.University);
                    var achievement = await m.PublishedAchievementAsync(owner);
                    await WaitUntilMatchingKnowsAsync(m, achievement);
                    return (owner, c => c.GetAsync($"/api/matches?achievementId={achievement}"));
                }),
                ["GET /api/matches/{id}"] = new(
                    BuildingBlocks.Auth.Roles.All.ToArray(),
                    true,
                    Ok,
                    async m =>
                    {
                        var (match, owner, _) = await SuggestedMatchAsync(m);
                        return (owner, c => c.GetAsync($"/api/matches/{match}"));
                    },
                    OtherGets: HttpStatusCode.NotFound
                ),
                ["GET /api/matches/{id}/history"] = new(
                    BuildingBlocks.Auth.Roles.All.ToArray(),
                    true,
                    Ok,
                    async m =>
                    {
                        var (match, _, owner) = await SuggestedMatchAsync(m);
                        return (owner, c => c.GetAsync($"/api/matches/{match}/history"));
                    },
                    OtherGets: HttpStatusCode.NotFound
                ),
                ["GET /api/matches/feedback"] = new(BuildingBlocks.Auth.Roles.All.ToArray(), false, Ok, m =>
                    Ready(TestAccounts.New(BuildingBlocks.Auth.Roles.Enterprise), c =>
                        c.GetAsync("/api/matches/feedback")
                    )
                ),
                ["GET /api/review/queue"] = new(
                    [BuildingBlocks.Auth.Roles.Intermediary, BuildingBlocks.Auth.Roles.Operator],
                    false,
                    Ok,
                    m => Ready(TestAccounts.Intermediary, c => c.GetAsync("/api/review/queue"))
                ),
                ["POST /api/matches/{id}/claim"] = Review(claimed: false, (c, id) =>
                    c.PostAsync($"/api/matches/{id}/claim", null)
                ),
                ["POST /api/matches/{id}/release"] = Review(claimed: true, (c, id) =>
                    c.PostAsync($"/api/matches/{id}/release", null)
                ),
                ["POST /api/matches/{id}/accept"] = Review(claimed: true, (c, id) =>
                    c.PostAsync($"/api/matches/{id}/accept", null)
                ),
                ["POST /api/matches/{id}/reject"] = Review(claimed: true, (c, id) =>
                    c.PostAsJsonAsync($"/api/matches/{id}/reject", new { reason = "notRelevant" })
                ),
            };

        /// <summary>
        /// A review step on a fresh suggestion (beijing and hebei), by a broker covering everything; someone else
        /// covers only tianjin.
        /// </summary>
        private static Guarded Review(bool claimed, Func<HttpClient, Guid, Task<HttpResponseMessage>> send) =>
            new(
                [BuildingBlocks.Auth.Roles.Intermediary],
                true,
                Ok,
                async m =>
                {
                    var broker = TestAccounts.New(BuildingBlocks.Auth.Roles.Intermediary);
                    var (match, _, _) = await SuggestedMatchAsync(m);
                    if (claimed)
                    {
                        var claim = await m.As(broker).PostAsync($"/api/matches/{match}/claim", null);
                        claim.StatusCode.ShouldBe(HttpStatusCode.OK, await claim.Content.ReadAsStringAsync());
                    }

                    return (broker, c => send(c, match));
                },
                () => TestAccounts.New(BuildingBlocks.Auth.Roles.Intermediary) with { Regions = ["tianjin"] }
            );

        private static Task<(Account, Func<HttpClient, Task<HttpResponseMessage>>)> Ready(
            Account owner,
            Func<HttpClient, Task<HttpResponseMessage>> send
        ) => Task.FromResult((owner, send));

        private static Guarded Achievement(bool draft, Func<HttpClient, Guid, Task<HttpResponseMessage>> send) =>
            new(
                [BuildingBlocks.Auth.Roles.University],
                true,
                Ok,
                async m =>
                {
                    var owner = TestAccounts.New(BuildingBlocks.Auth.Roles.University);
                    var id = draft ? await m.DraftAchievementAsync(owner) : await m.PublishedAchievementAsync(owner);
                    return (owner, c => send(c, id));
                },
                // Someone else's draft does not exist for the caller, on every route (as on GET).
                OtherGets: draft ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden
            );

        private static Guarded Demand(bool open, Func<HttpClient, Guid, Task<HttpResponseMessage>> send) =>
            new(
                [BuildingBlocks.Auth.Roles.Enterprise],
                true,
                Ok,
                async m =>
                {
                    var owner = TestAccounts.New(BuildingBlocks.Auth.Roles.Enterprise);
                    var id = open ? await m.OpenDemandAsync(owner) : await m.DraftDemandAsync(owner);
                    return (owner, c => send(c, id));
                },
                OtherGets: open ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound
            );
    }
}

public sealed class AuthorizationMatrixOnSqlite(SqliteMarket host)
    : AuthorizationMatrixTests(host),
        IClassFixture<SqliteMarket>;

public sealed class AuthorizationMatrixOnPostgreSql(PostgreSqlMarket host)
    : AuthorizationMatrixTests(host),
        IClassFixture<PostgreSqlMarket>;
