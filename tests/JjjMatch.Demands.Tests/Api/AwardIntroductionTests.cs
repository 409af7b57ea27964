using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Demands.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>
/// An award introduces the enterprise and the winning applicant as an accepted match does: the winner sees the
/// demand's contact and an anonymous enterprise's name; the enterprise sees each applicant's contact on its
/// applications. Nobody else sees either, and no event carries them.
/// </summary>
public abstract class AwardIntroductionTests(DemandsHost host)
{
    private const string HiddenName = "保密的钢铁企业有限公司";
    private readonly DemandsClient client = new(host);

    [Fact]
    public async Task The_winner_sees_the_enterprise_and_the_enterprise_the_winner_no_one_else_either()
    {
        var demand = DemandsClient.Id(
            await client.OpenedAsync(
                client
                    .Sample("匿名需求：高炉余热回收")
                    .With(b =>
                    {
                        b["anonymous"] = true;
                        b["enterpriseName"] = HiddenName;
                    })
            )
        );
        var winner = TestAccounts.New(Roles.University);
        var loser = TestAccounts.New(Roles.University);
        var stranger = TestAccounts.New(Roles.Enterprise);
        var won = await ApplyAsync(demand, winner, "燕山大学", "王胜出", "13711112222");
        var lost = await ApplyAsync(demand, loser, "河北工业大学", "李落选", "13755556666");

        await client.PostOkAsync($"/api/demands/{demand}/applications/{won}/award");

        var seenByWinner = await host.CreateClient(winner).GetFromJsonAsync<JsonElement>($"/api/demands/{demand}");
        seenByWinner.GetProperty("enterpriseName").GetString().ShouldBe(HiddenName);
        seenByWinner.GetProperty("contact").GetProperty("name").GetString().ShouldBe(DemandSamples.ContactName);
        foreach (var other in new[] { loser, stranger, TestAccounts.New(Roles.Intermediary) })
        {
            var body = await host.CreateClient(other).GetStringAsync($"/api/demands/{demand}");
            body.ShouldNotContain(HiddenName);
            body.ShouldNotContain(DemandSamples.ContactName);
        }

        var applications = await client.GetAsync($"/api/demands/{demand}/applications");
        var contacts = applications
            .GetProperty("items")
            .EnumerateArray()
            .Select(a => a.GetProperty("contact").GetProperty("name").GetString())
            .ToList();
        contacts.ShouldBe(["王胜出", "李落选"], ignoreOrder: true);
        var own = await host.CreateClient(loser)
            .GetFromJsonAsync<JsonElement>($"/api/demands/{demand}/applications/{lost}");
        own.GetProperty("contact").GetProperty("phone").GetString().ShouldBe("13755556666");
        (await host.CreateClient(loser).GetAsync($"/api/demands/{demand}/applications/{won}")).StatusCode.ShouldBe(
            HttpStatusCode.NotFound
        );
        var events = await host.WithScopeAsync<DemandsDbContext, List<string>>(db =>
            db.OutboxMessages.AsNoTracking().Select(m => m.Payload).ToListAsync()
        );
        // Decoded, so an escaped \u738b cannot slip through.
        var decoded = events.Select(System.Text.RegularExpressions.Regex.Unescape).ToList();
        decoded.ShouldNotBeEmpty();
        decoded.ShouldAllBe(p => !p.Contains("王胜出") && !p.Contains("13711112222") && !p.Contains("李落选"));
    }

    [Fact]
    public async Task An_application_without_a_contact_is_a_400_naming_it()
    {
        var demand = DemandsClient.Id(await client.OpenedAsync(client.Sample()));
        var body = DemandSamples.Application();
        body.Remove("contact");

        var response = await client.ApplyAsync(demand, body);

        await response.ShouldBeValidationProblemAsync("contact");
    }

    private async Task<Guid> ApplyAsync(Guid demand, Account applicant, string organisation, string name, string phone)
    {
        var body = DemandSamples.Application(organisation);
        body["contact"] = new System.Text.Json.Nodes.JsonObject { ["name"] = name, ["phone"] = phone };
        var response = await host.CreateClient(applicant).PostAsJsonAsync($"/api/demands/{demand}/applications", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return DemandsClient.Id(await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}

public sealed class AwardIntroductionOnSqlite(SqliteHost host)
    : AwardIntroductionTests(host),
        IClassFixture<SqliteHost>;

public sealed class AwardIntroductionOnPostgreSql(PostgreSqlHost host)
    : AwardIntroductionTests(host),
        IClassFixture<PostgreSqlHost>;
