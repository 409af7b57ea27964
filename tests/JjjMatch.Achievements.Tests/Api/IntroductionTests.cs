using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Matching;
using JjjMatch.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Achievements.Tests.Api;

/// <summary>
/// MatchAccepted introduces the demand's owner and the broker to the achievement, once however often it arrives.
/// </summary>
public abstract class IntroductionTests(JjjMatchFactory host)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly AchievementsClient client = new(host.CreateClient(TestAccounts.University));

    [Fact]
    public async Task The_introduced_organisations_see_the_contact_others_do_not_and_a_redelivery_changes_nothing()
    {
        var achievement = (await client.PublishedAsync(AchievementSamples.Valid("介绍后可见联系人的成果")))
            .GetProperty("id")
            .GetGuid();
        var enterprise = TestAccounts.New(Roles.Enterprise);
        var broker = TestAccounts.New(Roles.Intermediary);
        var accepted = new MatchAccepted(
            Guid.CreateVersion7(),
            DateTimeOffset.UtcNow,
            "matching",
            Guid.CreateVersion7(),
            achievement,
            TestAccounts.University.OrganisationId,
            Guid.CreateVersion7(),
            enterprise.OrganisationId,
            broker.OrganisationId
        );

        await PublishAsync(accepted);
        await PublishAsync(accepted);
        // Consumed in order on one queue: once this one is in, both copies above have been handled.
        var later = accepted with
        {
            EventId = Guid.CreateVersion7(),
            MatchId = Guid.CreateVersion7(),
            DemandOwnerId = Guid.CreateVersion7(),
        };
        await PublishAsync(later);
        await Eventually.WaitForAsync(() => CountAsync(achievement), n => n == 3, Patience, "three introductions");

        (
            await host.WithScopeAsync<AchievementsDbContext, int>(db =>
                db.InboxMessages.CountAsync(m => m.EventId == accepted.EventId)
            )
        ).ShouldBe(1);
        foreach (var introduced in new[] { enterprise, broker })
        {
            var seen = await host.CreateClient(introduced)
                .GetFromJsonAsync<JsonElement>($"/api/achievements/{achievement}");
            seen.GetProperty("contact").GetProperty("phone").GetString().ShouldBe(AchievementSamples.ContactPhone);
        }

        foreach (
            var other in new[]
            {
                host.CreateClient(TestAccounts.New(Roles.Enterprise)),
                host.CreateClient(TestAccounts.Operator),
                host.CreateClient(),
            }
        )
        {
            var raw = await other.GetStringAsync($"/api/achievements/{achievement}");
            raw.ShouldNotContain(AchievementSamples.ContactPhone);
            raw.ShouldNotContain(AchievementSamples.ContactName);
        }

        // Lists never carry the contact, introduced or not.
        (await host.CreateClient(enterprise).GetStringAsync("/api/achievements?text=介绍后可见")).ShouldNotContain(
            AchievementSamples.ContactPhone
        );
    }

    [Fact]
    public async Task A_second_match_introducing_the_same_organisation_adds_nothing()
    {
        var achievement = (await client.PublishedAsync(AchievementSamples.Valid("两次撮合的成果")))
            .GetProperty("id")
            .GetGuid();
        var broker = TestAccounts.Intermediary.OrganisationId;
        var first = new MatchAccepted(
            Guid.CreateVersion7(),
            DateTimeOffset.UtcNow,
            "matching",
            Guid.CreateVersion7(),
            achievement,
            TestAccounts.University.OrganisationId,
            Guid.CreateVersion7(),
            TestAccounts.Enterprise.OrganisationId,
            broker
        );

        var second = first with
        {
            EventId = Guid.CreateVersion7(),
            MatchId = Guid.CreateVersion7(),
            DemandId = Guid.CreateVersion7(),
        };
        await PublishAsync(first);
        await PublishAsync(second);

        await Eventually.WaitForAsync(
            () =>
                host.WithScopeAsync<AchievementsDbContext, int>(db =>
                    db.InboxMessages.CountAsync(m => m.EventId == first.EventId || m.EventId == second.EventId)
                ),
            n => n == 2,
            Patience,
            "both events applied"
        );
        (await CountAsync(achievement)).ShouldBe(2);
        (
            await host.WithScopeAsync<AchievementsDbContext, Guid>(db =>
                db.Introductions.Where(i => i.ListingId == achievement && i.OrganisationId == broker)
                    .Select(i => i.MatchId)
                    .SingleAsync()
            )
        ).ShouldBe(first.MatchId);
    }

    private Task PublishAsync(MatchAccepted message) => host.Services.GetRequiredService<IBus>().Publish(message);

    private Task<int> CountAsync(Guid achievement) =>
        host.WithScopeAsync<AchievementsDbContext, int>(db =>
            db.Introductions.CountAsync(i => i.ListingId == achievement)
        );
}

public sealed class IntroductionsOnSqlite(SqliteHost host) : IntroductionTests(host), IClassFixture<SqliteHost>;

public sealed class IntroductionsOnPostgreSql(PostgreSqlHost host)
    : IntroductionTests(host),
        IClassFixture<PostgreSqlHost>;
