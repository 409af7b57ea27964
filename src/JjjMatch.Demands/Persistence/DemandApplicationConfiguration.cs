using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Demands.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.Demands.Persistence;

internal sealed class DemandApplicationConfiguration : IEntityTypeConfiguration<DemandApplication>
{
    public void Configure(EntityTypeBuilder<DemandApplication> builder)
    {
        builder.ToTable("Applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ApplicantOrganisation).HasMaxLength(200);
        builder.Property(a => a.ApplicantKey).HasMaxLength(200);
        builder.Property(a => a.Milestones).HasJsonConversion();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsLive);
        builder.HasIndex(a => new { a.DemandId, a.SubmittedAt });
    }
}
