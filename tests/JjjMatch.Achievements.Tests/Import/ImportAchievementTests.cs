using System.Security.Cryptography;
using FluentValidation;
using JjjMatch.Achievements.Domain;
using JjjMatch.Achievements.Features.Import;
using JjjMatch.Achievements.Features.Shared;
using JjjMatch.Achievements.Persistence;
using JjjMatch.Achievements.Tests.Api;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Import;
using JjjMatch.Contracts.Shared;
using JjjMatch.Import;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Tests.Import;

/// <summary>
/// The import command through the real host: same entity moves and outbox event as the API, once per key.
/// </summary>
public abstract class ImportAchievementTests(JjjMatchFactory host)
{
    [Fact]
    public async Task An_imported_achievement_is_published_with_its_event_in_the_same_save()
    {
        var key = NewKey();

        var outcome = await SendAsync(new ImportAchievement(Input(), Publish: true, key, Guid.Empty));

        outcome.ShouldBe(ImportOutcome.Published);
        var stored = await StoredAsync(key);
        stored.Status.ShouldBe(AchievementStatus.Published);
        stored.Contact.ShouldBe(Contact.ToBeCompleted);
        (await PublishedEventsAsync(stored.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_imports_nothing_twice()
    {
        var key = NewKey();
        await SendAsync(new ImportAchievement(Input(), Publish: true, key, Guid.Empty));

        var again = await SendAsync(
            new ImportAchievement(Input() with { Title = "改过的标题" }, Publish: true, key, Guid.Empty)
        );

        again.ShouldBe(ImportOutcome.AlreadyImported);
        var stored = await host.WithScopeAsync<AchievementsDbContext, List<Achievement>>(db =>
            db.Achievements.Where(a => a.ImportKey == key).ToListAsync()
        );
        stored.Count.ShouldBe(1);
        stored[0].Title.ShouldNotBe("改过的标题");
        (await PublishedEventsAsync(stored[0].Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_draft_stays_off_the_market()
    {
        var key = NewKey();

        var outcome = await SendAsync(new ImportAchievement(Input(), Publish: false, key, Guid.Empty));

        outcome.ShouldBe(ImportOutcome.Draft);
        var stored = await StoredAsync(key);
        stored.Status.ShouldBe(AchievementStatus.Draft);
        (await PublishedEventsAsync(stored.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_placeholder_may_lack_a_phone_and_an_email()
    {
        var key = NewKey();

        var invalid = await Should.ThrowAsync<ValidationException>(() =>
            SendAsync(
                new ImportAchievement(
                    Input() with
                    {
                        Contact = new Contact("李", null, null),
                    },
                    Publish: true,
                    key,
                    Guid.Empty
                )
            )
        );

        invalid.Errors.Select(e => e.PropertyName).ShouldContain("Contact.Phone");
        (
            await host.WithScopeAsync<AchievementsDbContext, bool>(db =>
                db.Achievements.AnyAsync(a => a.ImportKey == key)
            )
        ).ShouldBeFalse();
    }

    [Fact]
    public async Task Every_other_rule_is_the_APIs()
    {
        var invalid = await Should.ThrowAsync<ValidationException>(() =>
            SendAsync(
                new ImportAchievement(
                    Input() with
                    {
                        Title = "",
                        Industry = "不存在的行业",
                    },
                    Publish: true,
                    "not-a-key",
                    Guid.Empty
                )
            )
        );

        invalid
            .Errors.Select(e => e.PropertyName)
            .Distinct()
            .ShouldBe(["Title", "Industry", "ImportKey"], ignoreOrder: true);
    }

    public static string NewKey() => Convert.ToHexStringLower(SHA256.HashData(Guid.NewGuid().ToByteArray()));

    /// <summary>
    /// A market listing as the import command maps it: placeholder contact, no transfer mode stated, a patent without
    /// number.
    /// </summary>
    public static AchievementInput Input()
    {
        var d = Domain.AchievementLifecycleTests.Details();
        return new AchievementInput(
            d.Title,
            d.Summary,
            d.Keywords,
            d.Industry,
            d.TechnologyField,
            d.Maturity,
            [
                new Contracts.Shared.Patent(
                    null,
                    Contracts.Shared.PatentKind.Invention,
                    Contracts.Shared.PatentStatus.Filed
                ),
            ],
            Contracts.Shared.CooperationModes.None,
            d.AskingPrice,
            ImportPlaceholders.OwnerInstitution,
            d.Region,
            Contact.ToBeCompleted
        );
    }

    private Task<ImportOutcome> SendAsync(ImportAchievement command) => host.SendAsync(command);

    private Task<Achievement> StoredAsync(string key) =>
        host.WithScopeAsync<AchievementsDbContext, Achievement>(db =>
            db.Achievements.SingleAsync(a => a.ImportKey == key)
        );

    private async Task<int> PublishedEventsAsync(Guid id) =>
        (await host.OutboxEventsAsync<AchievementsDbContext>())
            .OfType<AchievementPublished>()
            .Count(e => e.Achievement.Id == id);
}

public sealed class ImportAchievementOnSqlite(SqliteHost host)
    : ImportAchievementTests(host),
        IClassFixture<SqliteHost>;

public sealed class ImportAchievementOnPostgreSql(PostgreSqlHost host)
    : ImportAchievementTests(host),
        IClassFixture<PostgreSqlHost>;
