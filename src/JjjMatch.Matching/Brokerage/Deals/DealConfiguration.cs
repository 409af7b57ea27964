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
    public void Configure(EntityTypeBuilder<Deal> deal)
    {
        deal.ToTable("Deals");
        deal.Property(d => d.Id).ValueGeneratedNever();
        deal.Property(d => d.ContractType).HasConversion<string>().HasMaxLength(20);
        deal.Property(d => d.ContractNumber).HasMaxLength(DealLimits.ContractNumberLength);
        deal.Property(d => d.Title).HasMaxLength(DealLimits.TitleLength);
        deal.Property(d => d.SellerName).HasMaxLength(DealLimits.NameLength);
        deal.Property(d => d.SellerProvince).HasConversion<string>().HasMaxLength(20);
        deal.Property(d => d.BuyerName).HasMaxLength(DealLimits.NameLength);
        deal.Property(d => d.BuyerProvince).HasConversion<string>().HasMaxLength(20);
        deal.Property(d => d.Industry).HasMaxLength(100);
        deal.Property(d => d.TechnologyField).HasMaxLength(100);
        deal.Property(d => d.BrokerName).HasMaxLength(DealLimits.NameLength);
        // One contract per match: a second POST is a 409, and two at once cannot both be stored.
        deal.HasIndex(d => d.MatchId).IsUnique();
        deal.HasIndex(d => d.SignedOn);
        deal.HasIndex(d => d.BrokerOrganisationId);
    }
}
