using Bogus;
using JjjMatch.Achievements.Features.Create;
using JjjMatch.Achievements.Features.Lifecycle;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Contracts.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Host.DemoData;

/// <summary>
/// Realistic achievements for the embedded default, created and published through the normal handlers so
/// that their events flow to the matcher. Runs only on an empty database, so restarting changes nothing.
/// </summary>
internal static class AchievementDemoSeeder
{
    public const int Count = 60;

    private static readonly string[] Suffixes = ["关键技术", "方法及装置", "工艺与系统", "产业化技术"];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AchievementsDbContext>();
        if (await db.Achievements.AnyAsync(cancellationToken))
        {
            return;
        }

        // The demo university account owns them, so `token --role university` can edit them.
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(DemoAccounts.University);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var faker = new Faker("zh_CN") { Random = new Randomizer(20261122) };
        for (var i = 0; i < Count; i++)
        {
            var created = await mediator.Send(new CreateAchievementDraft(Generate(faker, i)), cancellationToken);
            if (i % 5 != 4)
            {
                await mediator.Send(
                    new ChangeAchievementStatus(created.Id, AchievementTransition.Publish),
                    cancellationToken
                );
            }
        }
    }

    private static AchievementInput Generate(Faker faker, int index)
    {
        var topic = DemoTopics.All[index % DemoTopics.All.Count];
        var (institution, region) = faker.PickRandom(DemoInstitutions.Universities.ToList());
        var english = institution.All(char.IsAscii);
        var minPrice = faker.Random.Bool(0.3f) ? (decimal?)null : faker.Random.Int(5, 200) * 10_000m;
        return new AchievementInput(
            Title: english ? topic.English : topic.Chinese + faker.PickRandom(Suffixes),
            Summary: english
                ? $"{topic.English}: developed at {institution}, validated with industrial partners; reduces "
                    + "cost and improves reliability."
                : $"本成果由{institution}研发，针对{topic.Chinese}中的关键难题，提出了新的技术方案，已在合作企业开展验证，可显著降低成本、提高可靠性。",
            Keywords: topic.Keywords,
            Industry: topic.Industry,
            TechnologyField: topic.Industry.Split('-')[^1],
            Maturity: new Maturity(Maturity.Trl, faker.Random.Int(3, 9)),
            Patents: faker.Random.Bool(0.6f)
                ?
                [
                    new Patent(
                        $"ZL{faker.Random.Int(2015, 2025)}{faker.Random.Int(1, 3)}"
                            + $"{faker.Random.Long(10_000_000, 99_999_999)}.{faker.Random.Int(0, 9)}",
                        faker.PickRandom<PatentKind>(),
                        faker.PickRandom<PatentStatus>()
                    ),
                ]
                : [],
            TransferModes: faker.PickRandom(
                CooperationModes.Assignment | CooperationModes.NonExclusiveLicence,
                CooperationModes.ExclusiveLicence,
                CooperationModes.JointDevelopment | CooperationModes.TechnicalService,
                CooperationModes.Equity
            ),
            AskingPrice: new PriceRange(minPrice, minPrice * 2),
            OwnerInstitution: institution,
            Region: region.Province == Province.Hebei ? region : region with { City = null },
            Contact: new Contact(faker.Name.FullName(), faker.Phone.PhoneNumber("1##########"), faker.Internet.Email())
        );
    }
}
