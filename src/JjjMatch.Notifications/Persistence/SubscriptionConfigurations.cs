using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Notifications.Features.SavedSearches;
using JjjMatch.Notifications.Features.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.Notifications.Persistence;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> builder)
    {
        builder.ToTable("SavedSearches");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Side).HasMaxLength(20);
        builder.Property(s => s.Text).HasMaxLength(200);
        builder.Property(s => s.Frequency).HasMaxLength(20);
        builder.Property(s => s.Industry).HasMaxLength(50);
        builder.Property(s => s.Province).HasMaxLength(20);
        builder.Property(s => s.City).HasMaxLength(30);
        builder.Property(s => s.CooperationMode).HasMaxLength(30);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.OrganisationId, s.DeletedAt });
        builder.HasIndex(s => s.UpdatedAt);
    }
}

internal sealed class SavedSearchHitConfiguration : IEntityTypeConfiguration<SavedSearchHit>
{
    public void Configure(EntityTypeBuilder<SavedSearchHit> builder)
    {
        builder.ToTable("SavedSearchHits");
        builder.HasKey(h => new
        {
            h.SavedSearchId,
            h.ListingId,
            h.ListingVersion,
        });
        builder.HasIndex(h => new { h.SavedSearchId, h.DigestedAt });
    }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("WebhookEndpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Url).HasMaxLength(WebhookLimits.UrlLength);
        builder.Property(e => e.Types).HasJsonConversion();
        builder.Property(e => e.Secret).HasMaxLength(100);
        builder.Property(e => e.PreviousSecret).HasMaxLength(100);
        builder.Property(e => e.DisabledReason).HasMaxLength(200);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.OrganisationId, e.Enabled });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.MessageId).HasMaxLength(64);
        builder.Property(d => d.Type).HasMaxLength(50);
        builder.Property(d => d.Status).HasMaxLength(20);
        builder.Property(d => d.LastResponse).HasMaxLength(WebhookLimits.StoredResponseBytes);
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.Property(d => d.LeasedBy).HasMaxLength(64);
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.EndpointId, d.CreatedAt });
    }
}
