namespace JjjMatch.BuildingBlocks.Auth;

/// <summary>What an organisation is on the platform; the token's "role" claim.</summary>
public static class Roles
{
    public const string University = "university";
    public const string Enterprise = "enterprise";
    public const string Intermediary = "intermediary";
    public const string Operator = "operator";

    public static IReadOnlyList<string> All { get; } = [University, Enterprise, Intermediary, Operator];
}

/// <summary>
/// The authorization policies endpoints name; each is one role rule, kept here so every service reads the same.
/// </summary>
public static class Policies
{
    /// <summary>Any valid token.</summary>
    public const string Member = "member";

    /// <summary>Universities and institutes: post achievements.</summary>
    public const string University = Roles.University;

    /// <summary>Enterprises: post demands, award them.</summary>
    public const string Enterprise = Roles.Enterprise;

    /// <summary>Organisations that can take up an open list (揭榜): universities, institutes and companies.</summary>
    public const string Solver = "solver";

    /// <summary>Technology brokers: claim, accept and reject suggested matches.</summary>
    public const string Intermediary = Roles.Intermediary;

    /// <summary>
    /// Who reads the review queue and records or exports deals: brokers, and the operator overseeing them.
    /// </summary>
    public const string Reviewer = "reviewer";

    /// <summary>The platform operator: platform-wide statistics.</summary>
    public const string Operator = Roles.Operator;
}
