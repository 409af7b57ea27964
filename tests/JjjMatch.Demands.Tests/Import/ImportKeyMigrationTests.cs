using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Tests.Import;

/// <summary>A database made by the previous release (Initial only) opens under this one with its rows intact.</summary>
public sealed class ImportKeyMigrationTests
{
    /// <summary>
    /// The deadline was an instant; it is now the end of the Beijing day that instant fell on (16:00 UTC), a closing
    /// at Beijing midnight staying on the day before (DeadlinesEndOfBeijingDay).
    /// </summary>
    [Theory]
    [InlineData(DatabaseTarget.Sqlite, "2027-03-31 09:00:00", 31)]
    [InlineData(DatabaseTarget.Sqlite, "2027-03-31 16:00:00", 31)]
    [InlineData(DatabaseTarget.Sqlite, "2027-03-31 16:30:00.25", 32)]
    [InlineData(DatabaseTarget.PostgreSql, "2027-03-31 09:00:00", 31)]
    [InlineData(DatabaseTarget.PostgreSql, "2027-03-31 16:00:00", 31)]
    [InlineData(DatabaseTarget.PostgreSql, "2027-03-31 16:30:00.25", 32)]
    public async Task A_row_of_the_previous_release_survives_the_later_migrations(
        DatabaseTarget target,
        string storedDeadline,
        int lastDayOfMarch
    )
    {
        using var databases = new ServiceDatabases(target);
        await using var db = await PreviousRelease.OpenAtAsync<DemandsDbContext>(
            target,
            databases,
            "Demands",
            "20261122000100_Initial"
        );
        var id = Guid.NewGuid();
        var at = PreviousRelease.UtcLiteral(target, "2026-11-01 08:00:00");
        var deadline = PreviousRelease.UtcLiteral(target, storedDeadline);
        // Written as the previous release wrote it: the Initial columns only.
        var insert = $$"""
            INSERT INTO "Demands" ("Id", "OwnerId", "Title", "ProblemDescription", "ExpectedOutcome", "Industry",
                "MinimumMaturityScale", "MinimumMaturityLevel", "BountyMin", "BountyMax", "Deadline", "Province",
                "City", "CooperationModes", "Anonymous", "EnterpriseName", "ContactName", "ContactPhone",
                "ContactEmail", "Status", "SearchText", "ApplicationCount", "AwardedApplicationId", "CreatedAt",
                "UpdatedAt", "OpenedAt", "AwardedAt", "ClosedAt", "Version")
            VALUES ('{{id.ToString().ToUpperInvariant()}}', '{{Guid.Empty}}', '轧辊表面修复技术需求',
                '轧辊磨损严重，更换成本高，需要低成本的表面修复技术。', '修复后使用寿命达到新辊的80%以上。',
                '钢铁-钢材深加工', 'TRL', 6, 50000000, NULL, {{deadline}}, 'Hebei', '唐山', 16, TRUE,
                '唐山钢铁集团有限责任公司', '王工', '13900000000', NULL, 'Open', '轧辊表面修复技术需求', 0, NULL,
                {{at}}, {{at}}, {{at}}, NULL, NULL, 2)
            """;
        await db.InsertAsync(insert);

        await db.Database.MigrateAsync();

        (await db.Database.GetAppliedMigrationsAsync()).ShouldContain("20261122030100_ImportKey");
        var row = await db.Demands.AsNoTracking().SingleAsync();
        row.Id.ShouldBe(id);
        row.Title.ShouldBe("轧辊表面修复技术需求");
        row.Status.ShouldBe(DemandStatus.Open);
        row.Bounty.ShouldBe(new PriceRange(500000m, null));
        (await db.Database.GetAppliedMigrationsAsync()).ShouldContain("20261211090000_DeadlinesEndOfBeijingDay");
        var lastDay = new DateOnly(2027, 3, 1).AddDays(lastDayOfMarch - 1);
        row.Deadline.ShouldBe(BeijingTime.EndOf(lastDay));
        row.Deadline.Kind.ShouldBe(DateTimeKind.Utc);
        row.CooperationModes.ShouldBe(CooperationModes.JointDevelopment);
        row.Anonymous.ShouldBeTrue();
        row.Version.ShouldBe(2);
        row.ImportKey.ShouldBeNull();
    }
}
