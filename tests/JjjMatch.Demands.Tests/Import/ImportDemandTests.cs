using System.Security.Cryptography;
using FluentValidation;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Import;
using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;
using JjjMatch.Demands.Features.Import;
using JjjMatch.Demands.Features.Shared;
using JjjMatch.Demands.Persistence;
using JjjMatch.Demands.Tests.Api;
using JjjMatch.Import;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Tests.Import;

/// <summary>
/// The import command through the real host, on the host's manual clock: opened with its event, or a draft when the
/// deadline has passed.
/// </summary>
public abstract class ImportDemandTests(DemandsHost host)
{
    [Fact]
    public async Task An_imported_demand_is_opened_with_its_event_in_the_same_save()
    {
        var key = NewKey();

        var outcome = await SendAsync(
            new ImportDemand(Input(host.Clock.GetUtcNow().AddDays(30)), Open: true, key, Guid.Empty)
        );

        outcome.ShouldBe(ImportOutcome.Published);
        var stored = await StoredAsync(key);
        stored.Status.ShouldBe(DemandStatus.Open);
        stored.ExpectedOutcome.ShouldBe("");
        stored.PublicEnterpriseName.ShouldBeNull();
        (await OpenedEventsAsync(stored.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_demand_past_its_deadline_is_imported_as_a_draft_without_an_event()
    {
        var key = NewKey();

        var outcome = await SendAsync(
            new ImportDemand(Input(host.Clock.GetUtcNow().AddDays(-400)), Open: true, key, Guid.Empty)
        );

        outcome.ShouldBe(ImportOutcome.DraftPastDeadline);
        var stored = await StoredAsync(key);
        stored.Status.ShouldBe(DemandStatus.Draft);
        (await OpenedEventsAsync(stored.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_draft_asked_for_stays_a_draft()
    {
        var key = NewKey();

        var outcome = await SendAsync(
            new ImportDemand(Input(host.Clock.GetUtcNow().AddDays(30)), Open: false, key, Guid.Empty)
        );

        outcome.ShouldBe(ImportOutcome.Draft);
        (await StoredAsync(key)).Status.ShouldBe(DemandStatus.Draft);
    }

    [Fact]
    public async Task The_same_key_imports_nothing_twice()
    {
        var key = NewKey();
        await SendAsync(new ImportDemand(Input(host.Clock.GetUtcNow().AddDays(30)), Open: true, key, Guid.Empty));

        var again = await SendAsync(
            new ImportDemand(Input(host.Clock.GetUtcNow().AddDays(60)), Open: true, key, Guid.Empty)
        );

        again.ShouldBe(ImportOutcome.AlreadyImported);
        var stored = await host.WithScopeAsync<DemandsDbContext, List<Demand>>(db =>
            db.Demands.Where(d => d.ImportKey == key).ToListAsync()
        );
        stored.Count.ShouldBe(1);
        (await OpenedEventsAsync(stored[0].Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_market_demand_whose_whole_text_is_its_title_is_imported()
    {
        var key = NewKey();
        var input = Input(host.Clock.GetUtcNow().AddDays(30)) with
        {
            Title = "蜂蜜检测",
            ProblemDescription = "蜂蜜检测",
        };

        var outcome = await SendAsync(new ImportDemand(input, Open: true, key, Guid.Empty));

        outcome.ShouldBe(ImportOutcome.Published);
        (await StoredAsync(key)).ProblemDescription.ShouldBe("蜂蜜检测");
    }

    [Fact]
    public async Task The_relaxations_go_no_further_than_documented()
    {
        var input = Input(host.Clock.GetUtcNow().AddYears(10)) with
        {
            ProblemDescription = " ",
            ExpectedOutcome = "短",
            Contact = new("李", null, null),
        };

        var invalid = await Should.ThrowAsync<ValidationException>(() =>
            SendAsync(new ImportDemand(input, Open: true, NewKey(), Guid.Empty))
        );

        // One problem per field, by its JSON path: the blank description is the text rule's, not a length rule's too.
        invalid
            .Errors.Select(e => JjjMatch.BuildingBlocks.Http.FieldNames.ToJsonPath(e.PropertyName))
            .ShouldBe(["problemDescription", "expectedOutcome", "deadline", "contact.phone"], ignoreOrder: true);
    }

    public static string NewKey() => Convert.ToHexStringLower(SHA256.HashData(Guid.NewGuid().ToByteArray()));

    /// <summary>
    /// A market demand as the import command maps it: no expected outcome, no mode stated, anonymous, placeholders.
    /// </summary>
    public static DemandInput Input(DateTimeOffset deadline) => Input(BeijingTime.DateOf(deadline.UtcDateTime));

    public static DemandInput Input(DateOnly deadline)
    {
        var d = Domain.DemandLifecycleTests.Details();
        return new DemandInput(
            d.Title,
            d.ProblemDescription,
            "",
            d.Industry,
            null,
            PriceRange.Negotiable,
            deadline,
            new Region(Province.Other, null),
            CooperationModes.None,
            true,
            ImportPlaceholders.EnterpriseName,
            Contact.ToBeCompleted
        );
    }

    private Task<ImportOutcome> SendAsync(ImportDemand command) => host.SendAsync(command);

    private Task<Demand> StoredAsync(string key) =>
        host.WithScopeAsync<DemandsDbContext, Demand>(db => db.Demands.SingleAsync(d => d.ImportKey == key));

    private async Task<int> OpenedEventsAsync(Guid id) =>
        (await host.OutboxEventsAsync<DemandsDbContext>()).OfType<DemandOpened>().Count(e => e.Demand.Id == id);
}

public sealed class ImportDemandOnSqlite(SqliteHost host) : ImportDemandTests(host), IClassFixture<SqliteHost>;

public sealed class ImportDemandOnPostgreSql(PostgreSqlHost host)
    : ImportDemandTests(host),
        IClassFixture<PostgreSqlHost>;
