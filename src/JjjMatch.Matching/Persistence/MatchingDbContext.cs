using System.Text.Json;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Matching.Brokerage.Deals;
using JjjMatch.Matching.Brokerage.Review;
using JjjMatch.Matching.Engine.Listings;
using JjjMatch.Matching.Engine.Matches;
using JjjMatch.Matching.Engine.Standing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.Matching.Persistence;

public sealed class MatchingDbContext(DbContextOptions<MatchingDbContext> options) : ServiceDbContext(options)
{
    public DbSet<AchievementListing> Achievements => Set<AchievementListing>();

    public DbSet<DemandListing> Demands => Set<DemandListing>();

    public DbSet<MarketEvent> MarketEvents => Set<MarketEvent>();

    public DbSet<Match> Matches => Set<Match>();

    public DbSet<MatchDecision> MatchDecisions => Set<MatchDecision>();

    public DbSet<Deal> Deals => Set<Deal>();

    public DbSet<SuspendedOrganisation> SuspendedOrganisations => Set<SuspendedOrganisation>();

    // The matcher withdraws claimed pairs and brokers take review steps: either way the step reaches the audit trail in
    // the same save as the change, and the engine need not know the brokerage's trail.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RecordReviewSteps();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        RecordReviewSteps();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new DealConfiguration());
        modelBuilder.Entity<SuspendedOrganisation>(suspended =>
        {
            suspended.ToTable("SuspendedOrganisations");
            suspended.HasKey(s => s.OrganisationId);
            suspended.Property(s => s.OrganisationId).ValueGeneratedNever();
        });
        modelBuilder.Entity<AchievementListing>(listing =>
        {
            listing.ToTable("AchievementListings");
            listing.Property(a => a.Id).ValueGeneratedNever();
            SnapshotAsJson(listing.Property(a => a.Snapshot));
            // Events write copies with conditional updates (ListingCopies); what is saved from a loaded copy (its
            // ComparedWith, a leaving without a snapshot) fails if a newer state was written since it was read.
            listing.Property(a => a.Version).IsConcurrencyToken();
            listing.Property(a => a.SourceUpdatedAt).IsConcurrencyToken();
            listing.HasIndex(a => new { a.IsActive, a.ComparedWith });
            Facets(listing);
        });
        modelBuilder.Entity<DemandListing>(listing =>
        {
            listing.ToTable("DemandListings");
            listing.Property(d => d.Id).ValueGeneratedNever();
            SnapshotAsJson(listing.Property(d => d.Snapshot));
            listing.Property(d => d.Version).IsConcurrencyToken();
            listing.Property(d => d.SourceUpdatedAt).IsConcurrencyToken();
            listing.HasIndex(d => new { d.IsOpen, d.Deadline });
            listing.HasIndex(d => new { d.IsOpen, d.ComparedWith });
            Facets(listing);
        });
        modelBuilder.Entity<MarketEvent>(history =>
        {
            history.ToTable("MarketEvents");
            history.HasKey(e => e.Sequence);
            history.Property(e => e.Sequence).ValueGeneratedOnAdd();
            history.Property(e => e.Type).HasMaxLength(100);
            history.HasIndex(e => e.ListingId);
        });
        modelBuilder.Entity<Match>(match =>
        {
            match.ToTable("Matches");
            match.Property(m => m.Id).ValueGeneratedNever();
            match.Property(m => m.Factors).HasJsonConversion();
            match.Property(m => m.MatchedTerms).HasJsonConversion();
            match.Property(m => m.Origin).HasConversion<string>().HasMaxLength(20);
            match.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            match.Property(m => m.WithdrawnReason).HasMaxLength(200);
            match.Property(m => m.Version).IsConcurrencyToken();
            match.HasIndex(m => new { m.AchievementId, m.DemandId }).IsUnique();
            match.HasIndex(m => new { m.DemandId, m.Status });
            match.HasIndex(m => new { m.Status, m.Score });
            match.Property(m => m.RejectionReason).HasConversion<string>().HasMaxLength(30);
            match.Property(m => m.RejectionNote).HasMaxLength(MatchDecisionLimits.NoteLength);
        });
        modelBuilder.Entity<MatchDecision>(decision =>
        {
            decision.ToTable("MatchDecisions");
            decision.Property(d => d.Id).ValueGeneratedNever();
            decision.Property(d => d.Action).HasConversion<string>().HasMaxLength(20);
            decision.Property(d => d.PreviousStatus).HasConversion<string>().HasMaxLength(20);
            decision.Property(d => d.NewStatus).HasConversion<string>().HasMaxLength(20);
            decision.Property(d => d.RejectionReason).HasConversion<string>().HasMaxLength(30);
            decision.Property(d => d.Note).HasMaxLength(MatchDecisionLimits.NoteLength);
            decision.HasIndex(d => d.MatchId);
            decision.HasIndex(d => d.At);
        });
    }

    private void RecordReviewSteps()
    {
        foreach (var match in ChangeTracker.Entries<Match>().Select(entry => entry.Entity).ToList())
        {
            MatchDecisions.AddRange(match.TakeSteps().Select(MatchDecision.From));
        }
    }

    private static void Facets<T>(EntityTypeBuilder<T> listing)
        where T : ListingFacets
    {
        listing.Property(l => l.Province).HasConversion<string>().HasMaxLength(20);
        listing.Property(l => l.Industry).HasMaxLength(100);
        listing.Property(l => l.IndustryParent).HasMaxLength(100);
    }

    private static void SnapshotAsJson<T>(PropertyBuilder<T> property)
        where T : class =>
        property.HasConversion(
            snapshot => JsonSerializer.Serialize(snapshot, IntegrationEventSerializer.Options),
            json => JsonSerializer.Deserialize<T>(json, IntegrationEventSerializer.Options)!
        );
}
