using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Notifications.Features.Events;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Features.Listings;
using JjjMatch.Notifications.Features.Recipients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.Notifications.Persistence;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Type).HasMaxLength(50);
        builder.Property(n => n.Key).HasMaxLength(200);
        builder.HasIndex(n => new { n.OrganisationId, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.OrganisationId, n.CreatedAt });
        builder.HasIndex(n => n.MatchId);
    }
}

internal sealed class ListingCopyConfiguration : IEntityTypeConfiguration<ListingCopy>
{
    public void Configure(EntityTypeBuilder<ListingCopy> builder)
    {
        builder.ToTable("Listings");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Side).HasMaxLength(20);
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.Industry).HasMaxLength(50);
        builder.Property(l => l.Province).HasMaxLength(20);
        builder.Property(l => l.City).HasMaxLength(30);
        builder.HasIndex(l => new
        {
            l.Side,
            l.Live,
            l.Deadline,
        });
    }
}

internal sealed class MatchCopyConfiguration : IEntityTypeConfiguration<MatchCopy>
{
    public void Configure(EntityTypeBuilder<MatchCopy> builder)
    {
        builder.ToTable("Matches");
        builder.HasKey(m => m.MatchId);
        builder.Property(m => m.MatchId).ValueGeneratedNever();
        builder.HasIndex(m => m.AchievementId);
        builder.HasIndex(m => m.DemandId);
    }
}

internal sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> builder)
    {
        builder.ToTable("Recipients");
        builder.HasKey(r => r.OrganisationId);
        builder.Property(r => r.OrganisationId).ValueGeneratedNever();
        builder.Property(r => r.Role).HasMaxLength(30);
        builder.Property(r => r.Regions).HasJsonConversion();
        builder.Property(r => r.Industries).HasJsonConversion();
        builder.HasIndex(r => r.Role);
    }
}
