using Bogus;
using JjjMatch.Achievements.Features.Create;
using JjjMatch.Achievements.Features.Lifecycle;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Validation;
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

        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<DemoDataSeeder>();
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var faker = new Faker("zh_CN") { Random = new Randomizer(20261122) };
        for (var i = 0; i < Count; i++)
        {
            // Every fourth is 清华大学's, owned by the demo university account, so `account=university` has listings
            // of its own; every other institution owns its own.
            var institution =
                i % 4 == 0 ? DemoInstitutions.Universities[0] : faker.PickRandom(DemoInstitutions.Universities.Skip(1));
            user.ActAs(DemoOrganisations.For(institution, Roles.University));
            var created = await mediator.Send(
                new CreateAchievementDraft(Generate(faker, i, institution)),
                cancellationToken
            );
            if (i % 5 != 4)
            {
                await mediator.Send(
                    new ChangeAchievementStatus(created.Id, AchievementTransition.Publish),
                    cancellationToken
                );
            }

            if ((i + 1) % 20 == 0)
            {
                logger.LogInformation("Demo data: {Done}/{Count} achievements", i + 1, Count);
            }
        }
    }

    private static AchievementInput Generate(Faker faker, int index, DemoOrganisation institution)
    {
        var topic = DemoTopics.All[index % DemoTopics.All.Count];
        var minPrice = faker.Random.Bool(0.3f) ? (decimal?)null : faker.Random.Int(5, 200) * 10_000m;
        var kind = faker.PickRandom<PatentKind>();
        return new AchievementInput(
            Title: topic.Chinese + faker.PickRandom(Suffixes),
            Summary: $"本成果由{institution.Name}研发，针对{topic.Chinese}中的关键难题，提出了新的技术方案，"
                + "已在合作企业开展验证，可显著降低成本、提高可靠性。",
            Keywords: topic.Keywords,
            Industry: topic.Industry,
            TechnologyField: topic.Industry.Split('-')[^1],
            Maturity: new Maturity(Maturity.Trl, faker.Random.Int(3, 9)),
            Patents: faker.Random.Bool(0.6f)
                ?
                [
                    // Application number: year, kind (1 invention, 2 utility model, 3 design), 7-digit serial.
                    new Patent(
                        PatentNumbers.Format(
                            $"{faker.Random.Int(2015, 2025)}{(int)kind + 1}{faker.Random.Int(1, 9_999_999):D7}"
                        ),
                        kind,
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
            OwnerInstitution: institution.Name,
            Region: institution.Region.Province == Province.Hebei
                ? institution.Region
                : institution.Region with
                {
                    City = null,
                },
            Contact: DemoContacts.For(faker, institution)
        );
    }
}
