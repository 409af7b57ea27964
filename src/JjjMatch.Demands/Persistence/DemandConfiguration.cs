using JjjMatch.Demands.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.Demands.Persistence;

internal sealed class DemandConfiguration : IEntityTypeConfiguration<Demand>
{
    public void Configure(EntityTypeBuilder<Demand> builder)
    {
        builder.ToTable("Demands");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Industry).HasMaxLength(50);
        builder.Property(d => d.MinimumMaturityScale).HasMaxLength(20);
        builder.Property(d => d.Province).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.City).HasMaxLength(30);
        builder.Property(d => d.EnterpriseName).HasMaxLength(200);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.ApplicationCount).IsConcurrencyToken();
        builder.ComplexProperty(
            d => d.Contact,
            contact =>
            {
                contact.Property(c => c.Name).HasColumnName("ContactName").HasMaxLength(100);
                contact.Property(c => c.Phone).HasColumnName("ContactPhone").HasMaxLength(30);
                contact.Property(c => c.Email).HasColumnName("ContactEmail").HasMaxLength(200);
            }
        );
        builder.HasMany(d => d.Applications).WithOne().HasForeignKey(a => a.DemandId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Applications).HasField("applications");
        builder.Ignore(d => d.MinimumMaturity);
        builder.Ignore(d => d.Bounty);
        builder.Ignore(d => d.Region);
        builder.Ignore(d => d.PublicEnterpriseName);
        builder.HasIndex(d => new { d.Status, d.Deadline });
        builder.HasIndex(d => d.Industry);
        builder.HasIndex(d => d.Province);
        builder.Property(d => d.ImportKey).HasMaxLength(64);
        builder.HasIndex(d => d.ImportKey).IsUnique();
    }
}
