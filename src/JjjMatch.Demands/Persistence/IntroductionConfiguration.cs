using JjjMatch.Demands.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.Demands.Persistence;

public sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> builder)
    {
        builder.ToTable("Introductions");
        builder.HasKey(i => new { i.ListingId, i.OrganisationId });
        builder.Property(i => i.SourceId).HasColumnName("MatchId");
        builder.HasIndex(i => i.SourceId).HasDatabaseName("IX_Introductions_MatchId");
    }
}
