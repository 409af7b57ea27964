using System.Security.Cryptography;
using System.Text;
using JjjMatch.BuildingBlocks.Auth;

namespace JjjMatch.Host.DemoData;

/// <summary>
/// One demo organisation per institution and firm, each the owner of its own listings. Its ids are derived from its
/// name, so they are the same on every start. The demo accounts stand for two of them: the university account is
/// 清华大学's technology transfer office and the enterprise account is 唐山钢铁, so both own listings to work on.
/// </summary>
public static class DemoOrganisations
{
    public static Account For(DemoOrganisation organisation, string role)
    {
        if (role == Roles.University && organisation.Name == "清华大学")
        {
            return DemoAccounts.University;
        }

        if (role == Roles.Enterprise && organisation.Name == DemoAccounts.Enterprise.OrganisationName)
        {
            return DemoAccounts.Enterprise;
        }

        return new Account(
            organisation.Name,
            Id("user:" + organisation.Name),
            Id("organisation:" + organisation.Name),
            organisation.Name,
            role,
            [],
            []
        );
    }

    private static Guid Id(string name) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("jjjmatch-demo:" + name)).AsSpan(0, 16));
}
