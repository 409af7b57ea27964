using JjjMatch.Accounts.Domain;
using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Persistence;

/// <summary>
/// Organisations, their people (Identity's user tables, without Identity roles: a person's role is the organisation's
/// kind plus <see cref="MemberRole"/>), the token server's tables (OpenIddict) and the outbox.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<AccountUser> Users => Set<AccountUser>();

    public DbSet<IdentityUserClaim<Guid>> UserClaims => Set<IdentityUserClaim<Guid>>();

    public DbSet<IdentityUserLogin<Guid>> UserLogins => Set<IdentityUserLogin<Guid>>();

    public DbSet<IdentityUserToken<Guid>> UserTokens => Set<IdentityUserToken<Guid>>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new OrganisationConfiguration());
        modelBuilder.MapIdentityUsers();
        modelBuilder.UseOpenIddict();
        modelBuilder.BoundOpenIddictKeys();
    }
}
