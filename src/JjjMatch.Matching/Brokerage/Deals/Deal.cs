using JjjMatch.Contracts.Matching;
using JjjMatch.Contracts.Shared;
using JjjMatch.Matching.Engine.Matches;

namespace JjjMatch.Matching.Brokerage.Deals;

/// <summary>One side of a technology contract as registration asks for it: name and province.</summary>
public sealed record DealParty(Guid OrganisationId, string Name, Province Province);

/// <summary>The technology contract signed on an accepted match (one per match). Never changed once recorded.</summary>
public sealed class Deal
{
    private Deal() { }

    public Guid Id { get; private set; }

    public Guid MatchId { get; private set; }

    public Guid AchievementId { get; private set; }

    public Guid DemandId { get; private set; }

    public ContractType ContractType { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>
    /// 技术交易额: the part of the amount paid for the technology itself (not equipment, materials ...); at most the amount.
    /// </summary>
    public decimal TechnologyAmount { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public string? ContractNumber { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The achievement side (卖方/受托方).</summary>
    public Guid SellerOrganisationId { get; private set; }

    public string SellerName { get; private set; } = "";

    public Province SellerProvince { get; private set; }

    /// <summary>The demand side (买方/委托方).</summary>
    public Guid BuyerOrganisationId { get; private set; }

    public string BuyerName { get; private set; } = "";

    public Province BuyerProvince { get; private set; }

    /// <summary>The achievement's industry code and technology field at the time of signing.</summary>
    public string Industry { get; private set; } = "";

    public string? TechnologyField { get; private set; }

    public Guid BrokerOrganisationId { get; private set; }

    /// <summary>
    /// Known when the broker recorded the deal itself (its token names it); the operator records by id only.
    /// </summary>
    public string? BrokerName { get; private set; }

    public DateTime AcceptedAt { get; private set; }

    public Guid RecordedById { get; private set; }

    public Guid RecordedByOrganisationId { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public static Deal Record(
        Match match,
        DealTerms terms,
        DealParty seller,
        DealParty buyer,
        DealRecorder recorder,
        DateTime now
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            MatchId = match.Id,
            AchievementId = match.AchievementId,
            DemandId = match.DemandId,
            ContractType = terms.Type,
            Amount = terms.Amount,
            TechnologyAmount = terms.TechnologyAmount ?? terms.Amount,
            SignedOn = terms.SignedOn,
            ContractNumber = terms.ContractNumber,
            Title = terms.Title,
            SellerOrganisationId = seller.OrganisationId,
            SellerName = seller.Name,
            SellerProvince = seller.Province,
            BuyerOrganisationId = buyer.OrganisationId,
            BuyerName = buyer.Name,
            BuyerProvince = buyer.Province,
            Industry = terms.Industry,
            TechnologyField = terms.TechnologyField,
            BrokerOrganisationId = match.ReviewerOrganisationId ?? Guid.Empty,
            BrokerName = recorder.OrganisationId == match.ReviewerOrganisationId ? recorder.OrganisationName : null,
            AcceptedAt = match.DecidedAt ?? now,
            RecordedById = recorder.UserId,
            RecordedByOrganisationId = recorder.OrganisationId,
            RecordedAt = now,
        };

    /// <summary>The deal's two posters and its broker see it (the operator sees every deal).</summary>
    public bool IsParty(Guid organisationId) =>
        organisationId == SellerOrganisationId
        || organisationId == BuyerOrganisationId
        || organisationId == BrokerOrganisationId;

    public DealRecorded ToRecordedEvent(DateTimeOffset now) =>
        new(
            Guid.CreateVersion7(),
            now,
            MatchingEvents.Producer,
            Id,
            MatchId,
            AchievementId,
            DemandId,
            ContractType.Code(),
            Amount,
            TechnologyAmount,
            SignedOn,
            SellerProvince.Code(),
            BuyerProvince.Code(),
            BrokerOrganisationId
        );
}

/// <summary>What the contract says, checked by the request's validator.</summary>
public sealed record DealTerms(
    ContractType Type,
    decimal Amount,
    decimal? TechnologyAmount,
    DateOnly SignedOn,
    string? ContractNumber,
    string Title,
    string Industry,
    string? TechnologyField
);

/// <summary>Who records the deal: the user and organisation of the bearer token.</summary>
public sealed record DealRecorder(Guid UserId, Guid OrganisationId, string? OrganisationName);
