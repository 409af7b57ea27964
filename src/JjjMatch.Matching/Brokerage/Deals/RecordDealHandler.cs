using FluentValidation;
using FluentValidation.Results;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.BuildingBlocks.Http;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Matching.Brokerage.Deals;

public sealed class RecordDealHandler(MatchingDbContext db, CurrentUser user, TimeProvider time)
    : IRequestHandler<RecordDeal, DealResponse>
{
    public async Task<DealResponse> Handle(RecordDeal request, CancellationToken cancellationToken)
    {
        user.EnsureApproved();
        var match = await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MatchId, cancellationToken)
            ?? throw new NotFoundException("Match", request.MatchId);
        if (match.Status != MatchStatus.Accepted)
        {
            throw new ConflictException(
                $"Match {match.Id} is {match.Status}; deals are recorded "
                    + "on accepted matches only / 仅已对接的匹配可登记成交."
            );
        }

        EnsureMayRecord(match);

        if (await db.Deals.AnyAsync(d => d.MatchId == match.Id, cancellationToken))
        {
            throw AlreadyRecorded(match);
        }

        var body = request.Body;
        var achievement = await db
            .Achievements.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == match.AchievementId, cancellationToken);
        var demand = await db
            .Demands.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == match.DemandId, cancellationToken);
        if (achievement is not null && demand is not null && achievement.OwnerId == demand.OwnerId)
        {
            // One organisation on both sides (a university and an enterprise token of one org) is no contract.
            throw new ConflictException(
                "The seller and the buyer are the same organisation; a deal is between two "
                    + "/ 买卖双方为同一机构，不能登记成交."
            );
        }

        var failures = new List<ValidationFailure>();
        var acceptedOn = BeijingTime.DateOf(match.DecidedAt ?? match.UpdatedAt);
        if (body.SignedOn < acceptedOn)
        {
            failures.Add(
                new(
                    "SignedOn",
                    $"The contract cannot be signed before the introduction on {acceptedOn:yyyy-MM-dd} / 签订日期不能早于对接日期."
                )
            );
        }

        var seller = Party(
            body.Seller,
            "Seller",
            achievement?.Snapshot.OwnerId,
            achievement?.Snapshot.OwnerInstitution,
            achievement?.Snapshot.Region.Province,
            failures
        );
        // An anonymous enterprise's name never reached the matcher: whoever records the deal names it.
        var buyerName = demand is { Snapshot.Anonymous: false } ? demand.Snapshot.EnterpriseName : null;
        var buyer = Party(
            body.Buyer,
            "Buyer",
            demand?.Snapshot.OwnerId,
            buyerName,
            demand?.Snapshot.Region.Province,
            failures
        );
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var type = ContractTypes.Parse(body.ContractType)!.Value;
        var terms = new DealTerms(
            type,
            body.Amount!.Value,
            body.TechnologyAmount,
            body.SignedOn!.Value,
            body.ContractNumber?.Trim(),
            body.Title?.Trim() ?? DefaultTitle(achievement, type),
            Industry(achievement, demand),
            achievement?.Snapshot.TechnologyField
        );
        var now = time.GetUtcNow();
        var deal = Deal.Record(match, terms, seller!, buyer!, Recorder(), now.UtcDateTime);
        db.Deals.Add(deal);
        db.AddIntegrationEvent(deal.ToRecordedEvent(now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two recordings at once: the unique match index let one through; the other is told so, as if it came
            // second.
            db.ChangeTracker.Clear();
            if (await db.Deals.AnyAsync(d => d.MatchId == match.Id, cancellationToken))
            {
                throw AlreadyRecorded(match);
            }

            throw;
        }

        return DealResponse.From(deal);
    }

    private static ConflictException AlreadyRecorded(Match match) =>
        new("A deal is already recorded " + $"on match {match.Id} / 该匹配已登记成交.");

    /// <summary>The broker organisation that accepted the match, or the operator.</summary>
    private void EnsureMayRecord(Match match)
    {
        var mayRecord =
            user.IsSystem
            || user.IsInRole(Roles.Operator)
            || (
                user.IsInRole(Roles.Intermediary)
                && match.ReviewerOrganisationId is { } broker
                && user.OrganisationId == broker
            );
        if (!mayRecord)
        {
            throw new ForbiddenException(
                "Only the broker organisation that made the introduction, or the operator, records its deal "
                    + "/ 仅对接中介机构或平台可登记成交."
            );
        }
    }

    private static DealParty? Party(
        PartyInput? input,
        string field,
        Guid? owner,
        string? knownName,
        Province? knownProvince,
        List<ValidationFailure> failures
    )
    {
        var name = string.IsNullOrWhiteSpace(input?.Name) ? knownName : input.Name.Trim();
        var province = EnumRules.Parse<Province>(input?.Province) ?? knownProvince;
        if (name is null)
        {
            failures.Add(
                new(
                    $"{field}.Name",
                    $"Name the {field.ToLowerInvariant()}: the listing does not say who it is / 请填写合同当事方名称."
                )
            );
        }

        if (province is null)
        {
            failures.Add(
                new(
                    $"{field}.Province",
                    "Give the party's province: beijing, tianjin, hebei or other / 请填写当事方所在省份."
                )
            );
        }

        return name is null || province is null ? null : new DealParty(owner ?? Guid.Empty, name, province.Value);
    }

    private static string DefaultTitle(AchievementListing? achievement, ContractType type)
    {
        var title = $"{achievement?.Snapshot.Title}{type.ChineseName()}合同";
        return title.Length <= DealLimits.TitleLength ? title : title[^DealLimits.TitleLength..];
    }

    private static string Industry(AchievementListing? achievement, DemandListing? demand) =>
        achievement?.Snapshot.Industry is { Length: > 0 } a ? a
        : demand?.Snapshot.Industry is { Length: > 0 } d ? d
        : Industries.Other;

    private DealRecorder Recorder() => new(user.RequiredUserId, user.RequiredOrganisationId, user.Name);
}
