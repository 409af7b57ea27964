using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>The database of one service: its own tables plus its outbox and inbox.</summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>
    /// The collation of every text column on SQL Server (docs/operations.md): pinyin order, weights for all CJK
    /// characters of Unicode 5.0 (older Chinese collations compare characters they lack weights for as equal),
    /// supplementary characters as one character, case- and accent-sensitive like SQLite and PostgreSQL.
    /// </summary>
    public const string SqlServerCollation = "Chinese_Simplified_Pinyin_100_CS_AS_SC";

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Set by the outbox interceptor while a save that adds outbox rows is under way.</summary>
    internal bool SavingOutboxRows { get; set; }

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
        if (Database.IsSqlServer())
        {
            configurationBuilder.Conventions.Add(_ => new TextCollationConvention(SqlServerCollation));
        }
    }
}
