using JjjMatch.Achievements.Domain;
using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.Achievements.Persistence;

internal sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> builder)
    {
        builder.ToTable("Achievements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Keywords).HasJsonConversion();
        builder.Property(a => a.Industry).HasMaxLength(50);
        builder.Property(a => a.IndustryParent).HasMaxLength(50);
        builder.Property(a => a.TechnologyField).HasMaxLength(100);
        builder.Property(a => a.MaturityScale).HasMaxLength(20);
        builder.Property(a => a.Patents).HasJsonConversion();
        builder.Property(a => a.OwnerInstitution).HasMaxLength(200);
        builder.Property(a => a.Province).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.City).HasMaxLength(30);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.ComplexProperty(
            a => a.Contact,
            contact =>
            {
                contact.Property(c => c.Name).HasColumnName("ContactName").HasMaxLength(100);
                contact.Property(c => c.Phone).HasColumnName("ContactPhone").HasMaxLength(30);
                contact.Property(c => c.Email).HasColumnName("ContactEmail").HasMaxLength(200);
            }
        );
        builder.Ignore(a => a.Maturity);
        builder.Ignore(a => a.AskingPrice);
        builder.Ignore(a => a.Region);
        builder.HasIndex(a => new { a.Status, a.UpdatedAt });
        // The list's filters as equalities ahead of UpdatedAt: a page and its total come from an index range, where
        // (Status, UpdatedAt) alone read the whole table for a rare industry x province pair (docs/benchmarks.md).
        builder.HasIndex(a => a.Industry);
        builder.HasIndex(a => new
        {
            a.Status,
            a.IndustryParent,
            a.Province,
            a.UpdatedAt,
        });
        builder.HasIndex(a => new
        {
            a.Status,
            a.IndustryParent,
            a.UpdatedAt,
        });
        builder.HasIndex(a => new
        {
            a.Status,
            a.Province,
            a.UpdatedAt,
        });
        builder.Property(a => a.ImportKey).HasMaxLength(64);
        builder.HasIndex(a => a.ImportKey).IsUnique();
    }
}
