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
        builder.ComplexProperty(
            a => a.Contact,
            contact =>
            {
                contact.Property(c => c.Name).HasColumnName("ContactName").HasMaxLength(100);
                contact.Property(c => c.Phone).HasColumnName("ContactPhone").HasMaxLength(30);
                contact.Property(c => c.Email).HasColumnName("ContactEmail").HasMaxLength(200);
            }
        );
        builder.Ignore(a => a.IsLive);
        builder.HasIndex(a => new { a.DemandId, a.SubmittedAt });
    }
}
