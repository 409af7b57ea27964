using System.Text.Json;
using JjjMatch.Contracts.Matching;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.WebConsole.Api;

// The API's answers as the console reads them: the fields it shows, statuses as the API's camelCase names.

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Paging.PageCount(Total, PageSize);
}

public static class Paging
{
    /// <summary>How many pages <paramref name="total"/> items fill; one when there are none.</summary>
    public static int PageCount(int total, int pageSize) =>
        Math.Max(1, (int)Math.Ceiling(total / (double)Math.Max(1, pageSize)));
}

public sealed record QueueListing(Guid Id, string Title, string Industry, Region Region, string? Organisation);

public sealed record QueueItem(
    Guid Id,
    string Status,
    double Score,
    DateTime SuggestedAt,
    double AgeDays,
    DateTime? ClaimedAt,
    bool ClaimedByMe,
    int Version,
    QueueListing Achievement,
    QueueListing Demand
);

public sealed record MatchView(
    Guid Id,
    Guid AchievementId,
    string? AchievementTitle,
    Guid DemandId,
    string? DemandTitle,
    double Score,
    IReadOnlyList<MatchFactor> Factors,
    IReadOnlyList<string> MatchedTerms,
    string Status,
    string? WithdrawnReason,
    DateTime SuggestedAt,
    Guid? ReviewerOrganisationId,
    DateTime? ClaimedAt,
    DateTime? DecidedAt,
    string? RejectionReason,
    string? RejectionNote,
    int Version
);

public sealed record MatchDecisionView(
    string Action,
    string PreviousStatus,
    string NewStatus,
    Guid ActorId,
    Guid ActorOrganisationId,
    DateTime At,
    string? RejectionReason,
    string? Note
);

public sealed record AchievementView(
    Guid Id,
    string Title,
    string Summary,
    IReadOnlyList<string> Keywords,
    string Industry,
    string? TechnologyField,
    Maturity Maturity,
    PriceRange AskingPrice,
    string OwnerInstitution,
    Region Region,
    string Status,
    Contact? Contact
);

public sealed record DemandView(
    Guid Id,
    string Title,
    string ProblemDescription,
    string ExpectedOutcome,
    string Industry,
    PriceRange Bounty,
    DateOnly Deadline,
    Region Region,
    bool Anonymous,
    string? EnterpriseName,
    string Status,
    int ApplicationCount,
    Guid? AwardedApplicationId,
    Contact? Contact
);

public sealed record OwnedAchievement(AchievementView Achievement, Contact Contact);

public sealed record OwnedDemand(DemandView Demand, string EnterpriseName, Contact Contact);

public sealed record ApplicationView(
    Guid Id,
    Guid DemandId,
    string ApplicantOrganisation,
    string ApproachSummary,
    string Team,
    decimal Price,
    int DurationMonths,
    string Status,
    DateTime SubmittedAt
);

public sealed record PartyView(string Name, Province Province, string ProvinceName);

public sealed record DealView(
    Guid Id,
    Guid MatchId,
    string ContractType,
    string ContractTypeName,
    decimal Amount,
    decimal TechnologyAmount,
    DateOnly SignedOn,
    string? ContractNumber,
    string Title,
    PartyView Seller,
    PartyView Buyer,
    string Industry,
    string? BrokerName,
    DateTime RecordedAt
);

public sealed record Stats<T>(DateOnly? From, DateOnly? To, string? GroupBy, T Total, IReadOnlyList<T> Periods);

public sealed record FunnelRates(double? Claimed, double? Accepted, double? Deal, double? Overall);

public sealed record FunnelFigures(
    string Period,
    int AchievementsPublished,
    int DemandsOpened,
    int Suggested,
    int Claimed,
    int Accepted,
    int Deals,
    FunnelRates Rates
);

public sealed record ReviewTimeFigures(string Period, int Decided, double? MedianHours);

public sealed record IndustryAcceptance(
    string Industry,
    string? IndustryEnglish,
    int Decided,
    int Accepted,
    double? Rate
);

public sealed record AcceptanceFigures(
    string Period,
    int Decided,
    int Accepted,
    double? Rate,
    IReadOnlyList<IndustryAcceptance> Industries
);

public sealed record RegionPairValue(
    Province Seller,
    Province Buyer,
    string Label,
    string LabelEnglish,
    int Count,
    decimal Amount,
    decimal TechnologyAmount
);

public sealed record ContractValueFigures(
    string Period,
    int Count,
    decimal Amount,
    decimal TechnologyAmount,
    IReadOnlyList<RegionPairValue> Pairs
);

public sealed record NotificationView(
    Guid Id,
    string Type,
    DateTime CreatedAt,
    bool Read,
    Guid? AchievementId,
    Guid? DemandId,
    Guid? MatchId,
    JsonElement Data
);

/// <summary>A page of the inbox, with the organisation's unread count over all pages.</summary>
public sealed record Inbox(IReadOnlyList<NotificationView> Items, int Page, int PageSize, int Total, int Unread)
{
    public int Pages => Paging.PageCount(Total, PageSize);
}

public sealed record MarkedRead(int Marked);

public sealed record UnreadCount(int Unread);
