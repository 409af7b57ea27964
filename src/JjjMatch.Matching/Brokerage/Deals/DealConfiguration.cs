using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.Matching.Brokerage.Deals;

public static class DealLimits
{
    public const int NameLength = 100;
    public const int TitleLength = 200;
    public const int ContractNumberLength = 50;
}

public sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.ToTable("Deals");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ContractType).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ContractNumber).HasMaxLength(DealLimits.ContractNumberLength);
        builder.Property(d => d.Title).HasMaxLength(DealLimits.TitleLength);
        builder.Property(d => d.SellerName).HasMaxLength(DealLimits.NameLength);
        builder.Property(d => d.SellerProvince).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.BuyerName).HasMaxLength(DealLimits.NameLength);
        builder.Property(d => d.BuyerProvince).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Industry).HasMaxLength(100);
        builder.Property(d => d.TechnologyField).HasMaxLength(100);
        builder.Property(d => d.BrokerName).HasMaxLength(DealLimits.NameLength);
        // One contract per match: a second POST is a 409, and two at once cannot both be stored.
        builder.HasIndex(d => d.MatchId).IsUnique();
        builder.HasIndex(d => d.SignedOn);
        builder.HasIndex(d => d.BrokerOrganisationId);
    }
}
