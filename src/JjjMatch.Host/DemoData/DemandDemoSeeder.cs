using Bogus;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Applications;
using JjjMatch.Demands.Features.Create;
using JjjMatch.Demands.Features.Lifecycle;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Host.DemoData;

/// <summary>
/// Realistic open lists for the embedded default, created, opened, applied to and awarded through the normal handlers
/// so
/// that their events flow to the matcher. Runs only on an empty database, so restarting changes nothing.
/// </summary>
internal static class DemandDemoSeeder
{
    public const int Count = 40;

    private static readonly string[] TitlePatterns =
    [
        "{0}技术攻关",
        "寻求{0}解决方案",
        "{0}联合研发",
        "征集{0}技术合作团队",
    ];

    private static readonly CooperationModes[] ModeChoices =
    [
        CooperationModes.JointDevelopment | CooperationModes.TechnicalService,
        CooperationModes.Assignment | CooperationModes.ExclusiveLicence,
        CooperationModes.JointDevelopment,
        CooperationModes.TechnicalService | CooperationModes.NonExclusiveLicence,
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DemandsDbContext>();
        if (await db.Demands.AnyAsync(cancellationToken))
        {
            return;
        }

        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<DemoDataSeeder>();
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var faker = new Faker("zh_CN") { Random = new Randomizer(20261123) };
        for (var i = 0; i < Count; i++)
        {
            // Every third is 唐山钢铁's, owned by the demo enterprise account; every other firm posts its own, each
            // about its own industries, and universities apply as themselves.
            var enterprise =
                i % 3 == 0 ? DemoInstitutions.Enterprises[0] : faker.PickRandom(DemoInstitutions.Enterprises.Skip(1));
            var owner = DemoOrganisations.For(enterprise, Roles.Enterprise);
            user.ActAs(owner);
            var demand = await mediator.Send(
                new CreateDemandDraft(Generate(faker, i, enterprise, now)),
                cancellationToken
            );
            if ((i + 1) % 10 == 0)
            {
                logger.LogInformation("Demo data: {Done}/{Count} open lists", i + 1, Count);
            }

            if (i % 5 == 4)
            {
                continue;
            }

            await mediator.Send(new ChangeDemandStatus(demand.Id, DemandTransition.Open), cancellationToken);
            var applications = new List<ApplicationResponse>();
            foreach (
                var university in faker.PickRandom(
                    DemoInstitutions.Universities,
                    i % 3 == 0 ? faker.Random.Int(1, 3) : 0
                )
            )
            {
                user.ActAs(DemoOrganisations.For(university, Roles.University));
                applications.Add(
                    await mediator.Send(
                        new ApplyToDemand(demand.Id, Proposal(faker, university.Name, demand)),
                        cancellationToken
                    )
                );
            }

            user.ActAs(owner);
            if (i % 6 == 0 && applications.Count > 0)
            {
                await mediator.Send(new AwardApplication(demand.Id, applications[0].Id), cancellationToken);
            }
            else if (i % 10 == 7)
            {
                await mediator.Send(new ChangeDemandStatus(demand.Id, DemandTransition.Close), cancellationToken);
            }
        }
    }

    private static DemandInput Generate(Faker faker, int index, DemoOrganisation enterprise, DateTimeOffset now)
    {
        var fitting = DemoTopics.All.Where(t => DemoInstitutions.Fits(enterprise, t.Industry)).ToList();
        var topic = fitting[index % fitting.Count];
        var minBounty = faker.Random.Bool(0.25f) ? (decimal?)null : faker.Random.Int(10, 300) * 10_000m;
        return new DemandInput(
            Title: string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                faker.PickRandom(TitlePatterns),
                topic.Chinese
            ),
            ProblemDescription: $"我公司在{topic.Chinese}方面存在技术瓶颈：现有工艺效率低、成本高，"
                + $"{topic.Keywords[0]}相关指标难以满足生产要求。现面向京津冀高校、科研院所和企业公开征集解决方案。",
            ExpectedOutcome: $"形成可工程化应用的{topic.Chinese}技术方案，完成样机或中试验证，关键指标达到国内先进水平，"
                + "并在我公司产线落地。",
            Industry: topic.Industry,
            MinimumMaturity: faker.Random.Bool(0.3f) ? null : new Maturity(Maturity.Trl, faker.Random.Int(4, 7)),
            Bounty: new PriceRange(minBounty, faker.Random.Bool() ? minBounty * 2 : minBounty),
            Deadline: BeijingTime.DateOf(now.UtcDateTime).AddDays(faker.Random.Int(30, 180)),
            Region: enterprise.Region,
            CooperationModes: faker.PickRandom(ModeChoices),
            Anonymous: faker.Random.Bool(0.25f),
            EnterpriseName: enterprise.Name,
            Contact: DemoContacts.For(faker, enterprise)
        );
    }

    private static ApplicationInput Proposal(Faker faker, string university, DemandResponse demand)
    {
        var months = faker.Random.Int(6, 24);
        return new ApplicationInput(
            ApplicantOrganisation: university,
            ApproachSummary: $"{university}团队针对“{demand.Title}”，拟结合已有研究基础，先开展机理分析与实验室验证，再联合贵公司完成样机研制与现场应用。",
            Team: $"{faker.Name.FullName()}教授领衔，团队{faker.Random.Int(5, 15)}人，其中博士{faker.Random.Int(2, 5)}人。",
            Milestones:
            [
                new Milestone("方案设计与实验室验证", months / 3),
                new Milestone("样机研制", months * 2 / 3),
                new Milestone("现场应用与验收", months),
            ],
            Price: demand.Bounty.Min ?? faker.Random.Int(20, 200) * 10_000m,
            DurationMonths: months,
            Contact: new Contact(faker.Name.FullName(), faker.Phone.PhoneNumber("139########"), null)
        );
    }
}
