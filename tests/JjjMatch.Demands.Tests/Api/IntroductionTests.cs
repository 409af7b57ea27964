using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Matching;
using JjjMatch.Demands.Persistence;
using JjjMatch.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>
/// MatchAccepted introduces the achievement's owner and the broker to the demand: they see its contact and, while it is
/// anonymous, the enterprise's name; a redelivered event is applied once.
/// </summary>
public abstract class IntroductionTests(DemandsHost host)
{
    private const string HiddenName = "保密的钢铁企业有限公司";
    private readonly DemandsClient client = new(host);

    [Fact]
    public async Task An_introduced_university_sees_the_anonymous_enterprise_and_its_contact_no_one_else_does()
    {
        var body = client
            .Sample("匿名需求：轧辊表面裂纹检测")
            .With(b =>
            {
                b["anonymous"] = true;
                b["enterpriseName"] = HiddenName;
            });
        var demand = DemandsClient.Id(await client.OpenedAsync(body));
        var university = TestAccounts.New(Roles.University);
        var broker = TestAccounts.New(Roles.Intermediary);
        var accepted = new MatchAccepted(
            Guid.CreateVersion7(),
            DateTimeOffset.UtcNow,
            "matching",
            Guid.CreateVersion7(),
            Guid.CreateVersion7(),
            university.OrganisationId,
            demand,
            TestAccounts.Enterprise.OrganisationId,
            broker.OrganisationId
        );
        var bus = host.Services.GetRequiredService<IBus>();

        await bus.Publish(accepted);
        await bus.Publish(accepted);
        var marker = accepted with { EventId = Guid.CreateVersion7(), DemandId = Guid.CreateVersion7() };
        await bus.Publish(marker);
        // One queue, consumed in order: once the marker is in, both copies have been handled.
        await Eventually.WaitForAsync(
            () =>
                host.WithScopeAsync<DemandsDbContext, bool>(db =>
                    db.InboxMessages.AnyAsync(m => m.EventId == marker.EventId)
                ),
            done => done,
            TimeSpan.FromSeconds(30),
            "the marker event applied"
        );

        (
            await host.WithScopeAsync<DemandsDbContext, int>(db =>
                db.Introductions.CountAsync(i => i.ListingId == demand)
            )
        ).ShouldBe(2);
        foreach (var introduced in new[] { university, broker })
        {
            var seen = await host.CreateClient(introduced)
                .GetFromJsonAsync<JsonElement>($"/api/demands/{demand}", DemandsClient.Json);
            seen.GetProperty("enterpriseName").GetString().ShouldBe(HiddenName);
            seen.GetProperty("contact").GetProperty("email").GetString().ShouldBe(DemandSamples.ContactEmail);
        }

        foreach (
            var other in new[]
            {
                host.CreateClient(TestAccounts.New(Roles.University)),
                host.CreateClient(TestAccounts.Intermediary),
                host.CreateClient(),
            }
        )
        {
            var raw = await other.GetStringAsync($"/api/demands/{demand}");
            raw.ShouldNotContain(HiddenName);
            raw.ShouldNotContain(DemandSamples.ContactEmail);
        }

        (await host.CreateClient(university).GetStringAsync("/api/demands?text=轧辊表面裂纹")).ShouldNotContain(
            HiddenName
        );
    }
}

public sealed class IntroductionsOnSqlite(SqliteHost host) : IntroductionTests(host), IClassFixture<SqliteHost>;

public sealed class IntroductionsOnPostgreSql(PostgreSqlHost host)
    : IntroductionTests(host),
        IClassFixture<PostgreSqlHost>;
