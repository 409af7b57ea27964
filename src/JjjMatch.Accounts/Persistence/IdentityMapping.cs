using JjjMatch.Accounts.Domain;
using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Accounts.Persistence;

/// <summary>
/// The user tables of Identity's own <c>IdentityUserContext</c>, mapped here because the context derives from
/// <c>ServiceDbContext</c> (outbox and inbox) and cannot derive from Identity's as well.
/// </summary>
internal static class IdentityMapping
{
    public static void MapIdentityUsers(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AccountUser>(b =>
        {
            b.ToTable("Users");
            b.HasKey(u => u.Id);
            b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
            b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
            b.HasIndex(u => u.OrganisationId);
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken().HasMaxLength(64);
            b.Property(u => u.SecurityStamp).HasMaxLength(64);
            b.Property(u => u.UserName).HasMaxLength(256);
            b.Property(u => u.NormalizedUserName).HasMaxLength(256);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.Property(u => u.PasswordHash).HasMaxLength(512);
            b.Property(u => u.PhoneNumber).HasMaxLength(30);
            b.Property(u => u.DisplayName).HasMaxLength(100);
            b.Property(u => u.MemberRole).HasConversion<string>().HasMaxLength(20);
            b.Property(u => u.Regions).HasJsonConversion().HasMaxLength(500);
            b.Property(u => u.Industries).HasJsonConversion().HasMaxLength(1000);
            b.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IdentityUserClaim<Guid>>(b =>
        {
            b.ToTable("UserClaims");
            b.HasKey(c => c.Id);
            b.Property(c => c.ClaimType).HasMaxLength(256);
            b.Property(c => c.ClaimValue).HasMaxLength(1000);
            b.HasOne<AccountUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable("UserLogins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
            b.Property(l => l.ProviderDisplayName).HasMaxLength(256);
            b.HasOne<AccountUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.ToTable("UserTokens");
            b.HasKey(t => new
            {
                t.UserId,
                t.LoginProvider,
                t.Name,
            });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
            b.Property(t => t.Value).HasMaxLength(1000);
            b.HasOne<AccountUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
