using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>The database of one service: its own tables plus its outbox and inbox.</summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are UTC everywhere; SQLite hands them back unspecified, PostgreSQL rejects non-UTC for timestamptz.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Money is CNY; stored as whole fen so that SQLite can compare and sort it (it has no decimal type).
        configurationBuilder.Properties<decimal>().HaveConversion<FenConverter>();
    }
}
