namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>Who a token speaks for: a user of an organisation in one role; brokers also name what they cover.</summary>
public sealed record Account(
    string Name,
    Guid UserId,
    Guid OrganisationId,
    string OrganisationName,
    string Role,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Industries
);
