using JjjMatch.Achievements.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.Achievements.Persistence;

public sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> builder)
    {
        builder.ToTable("Introductions");
        builder.HasKey(i => new { i.ListingId, i.OrganisationId });
        builder.HasIndex(i => i.MatchId);
    }
}
