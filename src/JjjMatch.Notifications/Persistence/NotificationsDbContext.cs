using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Notifications.Features.Events;
using JjjMatch.Notifications.Features.Inbox;
using JjjMatch.Notifications.Features.Listings;
using JjjMatch.Notifications.Features.Recipients;
using JjjMatch.Notifications.Features.SavedSearches;
using JjjMatch.Notifications.Features.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Notifications.Persistence;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<ListingCopy> Listings => Set<ListingCopy>();

    public DbSet<MatchCopy> Matches => Set<MatchCopy>();

    public DbSet<Recipient> Recipients => Set<Recipient>();

    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();

    public DbSet<SavedSearchHit> SavedSearchHits => Set<SavedSearchHit>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
    }
}
