using JjjMatch.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.Accounts.Persistence;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.NameZh).HasMaxLength(200);
        builder.Property(o => o.NameEn).HasMaxLength(200);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Province).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.City).HasMaxLength(30);
        builder.Property(o => o.CreditCode).HasMaxLength(18);
        builder.Property(o => o.ContactName).HasMaxLength(100);
        builder.Property(o => o.ContactPhone).HasMaxLength(30);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.StatusReason).HasMaxLength(1000);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.IsApproved);
        builder.Ignore(o => o.MaySignIn);
        builder.HasIndex(o => o.CreditCode).IsUnique();
        builder.HasIndex(o => o.Status);
    }
}
