using System.Net;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Messaging.Tests;

/// <summary>
/// A broker's accept in the matching process reaches the achievements and demands processes over RabbitMQ as
/// introductions.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class IntroductionDeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task An_accepted_match_reveals_each_sides_contact_to_the_other_across_processes()
    {
        await using var cluster = await ServiceCluster.StartAsync();
        var achievementsHost = cluster.Host("achievements");
        var demandsHost = cluster.Host("demands");
        var matching = cluster.Host("matching");
        var achievement = await ServiceCluster.PublishAchievementAsync(
            achievementsHost.CreateClient(TestAccounts.University),
            "高炉煤气余热回收发电关键技术"
        );
        var demand = await ServiceCluster.OpenDemandAsync(
            demandsHost.CreateClient(TestAccounts.Enterprise),
            "高炉煤气余热回收利用技术攻关"
        );
        var match = await Eventually.WaitForAsync(
            () =>
                matching.WithScopeAsync<MatchingDbContext, Guid?>(db =>
                    db.Matches.Where(m => m.AchievementId == achievement && m.DemandId == demand)
                        .Select(m => (Guid?)m.Id)
                        .FirstOrDefaultAsync()
                ),
            m => m is not null,
            Patience,
            "the suggestion"
        );

        var broker = matching.CreateClient(TestAccounts.Intermediary);
        (await broker.PostAsync($"/api/matches/{match}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await broker.PostAsync($"/api/matches/{match}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.WaitForAsync(
            () =>
                achievementsHost
                    .CreateClient(TestAccounts.Enterprise)
                    .GetStringAsync($"/api/achievements/{achievement}"),
            body => body.Contains(AchievementSamples.ContactPhone),
            Patience,
            "the achievement's contact shown " + "to the enterprise"
        );
        await Eventually.WaitForAsync(
            () => demandsHost.CreateClient(TestAccounts.University).GetStringAsync($"/api/demands/{demand}"),
            body => body.Contains(DemandSamples.ContactPhone),
            Patience,
            "the demand's contact shown " + "to the university"
        );
        (
            await achievementsHost
                .CreateClient(TestAccounts.New(BuildingBlocks.Auth.Roles.Enterprise))
                .GetStringAsync($"/api/achievements/{achievement}")
        ).ShouldNotContain(AchievementSamples.ContactPhone);
        var payload = await matching.WithScopeAsync<MatchingDbContext, string>(async db =>
            string.Join("\n", await db.OutboxMessages.Select(m => m.Payload).ToListAsync())
        );
        payload.ShouldNotContain(AchievementSamples.ContactPhone);
        payload.ShouldNotContain(DemandSamples.ContactPhone);
    }
}
