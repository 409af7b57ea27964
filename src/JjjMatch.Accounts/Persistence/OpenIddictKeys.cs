using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace JjjMatch.Accounts.Persistence;

/// <summary>
/// OpenIddict's string keys are unbounded, which SQL Server makes nvarchar(450): its composite indexes on
/// (ApplicationId, Status, Subject, Type) would then exceed SQL Server's 1,700-byte index key. The keys OpenIddict's
/// stores write are GUIDs (36 characters), so 100 leaves room and bounds every provider alike.
/// </summary>
internal static class OpenIddictKeys
{
    public const int MaxLength = 100;

    public static void BoundOpenIddictKeys(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().Property(a => a.Id).HasMaxLength(MaxLength);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().Property(s => s.Id).HasMaxLength(MaxLength);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>(b =>
        {
            b.Property(a => a.Id).HasMaxLength(MaxLength);
            b.Property("ApplicationId").HasMaxLength(MaxLength);
        });
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>(b =>
        {
            b.Property(t => t.Id).HasMaxLength(MaxLength);
            b.Property("ApplicationId").HasMaxLength(MaxLength);
            b.Property("AuthorizationId").HasMaxLength(MaxLength);
        });
    }
}
