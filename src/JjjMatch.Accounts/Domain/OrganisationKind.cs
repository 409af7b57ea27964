using JjjMatch.BuildingBlocks.Auth;

namespace JjjMatch.Accounts.Domain;

/// <summary>What an organisation is; it decides the role its people's tokens carry.</summary>
public enum OrganisationKind
{
    University,
    Institute,
    Enterprise,
    Intermediary,

    /// <summary>The platform operator; never registered through the API.</summary>
    Operator,
}

public static class OrganisationKinds
{
    /// <summary>Universities and research institutes both post achievements.</summary>
    public static string Role(this OrganisationKind kind) =>
        kind switch
        {
            OrganisationKind.University or OrganisationKind.Institute => Roles.University,
            OrganisationKind.Enterprise => Roles.Enterprise,
            OrganisationKind.Intermediary => Roles.Intermediary,
            _ => Roles.Operator,
        };
}
