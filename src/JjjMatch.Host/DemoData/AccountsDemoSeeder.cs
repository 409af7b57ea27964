using JjjMatch.Accounts.Domain;
using JjjMatch.Accounts.Persistence;
using JjjMatch.BuildingBlocks.Auth;
using JjjMatch.Contracts.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Host.DemoData;

/// <summary>
/// The demo organisations, approved, with one person each who signs in with a published password (README, docs/
/// accounts.md): the same ids as the demo token desk's accounts, so both kinds of token own the same listings.
/// Runs only on an empty accounts database.
/// </summary>
internal static class AccountsDemoSeeder
{
    public const string EmailDomain = "demo.jjjmatch.cn";

    /// <summary>Published on purpose, like the demo signing key: the embedded default only.</summary>
    public static string Password(Account account) => $"jjjmatch-demo-{account.Name}";

    public static string Email(Account account) => $"{account.Name}@{EmailDomain}";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var now = DateTime.UtcNow;
        var index = 0;
        foreach (var account in DemoAccounts.All)
        {
            var organisation = Organisation.Register(
                account.OrganisationName,
                null,
                Kind(account.Role),
                new Region(Province.Beijing, "北京"),
                DemoCreditCode(++index),
                "演示联系人",
                null,
                now,
                account.OrganisationId
            );
            organisation.Approve(now);
            db.Organisations.Add(organisation);
            var person = new AccountUser
            {
                Id = account.UserId,
                Email = Email(account),
                UserName = Email(account),
                EmailConfirmed = true,
                DisplayName = account.Name,
                OrganisationId = account.OrganisationId,
                MemberRole = MemberRole.Admin,
                Regions = [.. account.Regions],
                Industries = [.. account.Industries],
                CoverageCheckedAt = account.Regions.Count > 0 ? now : null,
                CreatedAt = now,
                LockoutEnabled = true,
            };
            var created = await users.CreateAsync(person, Password(account));
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }
    }

    private static OrganisationKind Kind(string role) =>
        role switch
        {
            Roles.University => OrganisationKind.University,
            Roles.Enterprise => OrganisationKind.Enterprise,
            Roles.Intermediary => OrganisationKind.Intermediary,
            _ => OrganisationKind.Operator,
        };

    private static string DemoCreditCode(int index)
    {
        var first = $"911100000000000{index:D2}";
        return first + CreditCode.CheckCharacter(first);
    }
}
