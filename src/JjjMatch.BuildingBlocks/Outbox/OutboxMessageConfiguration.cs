using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JjjMatch.BuildingBlocks.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Sequence);
        builder.Property(m => m.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(m => m.EventId).IsUnique();
        builder.HasIndex(m => m.SentAt);
        builder.Property(m => m.EventType).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.CorrelationId).HasMaxLength(64);
        builder.Property(m => m.TraceParent).HasMaxLength(OutboxTracing.TraceParentLength);
        builder.Property(m => m.LeasedBy).HasMaxLength(OutboxLeases.HolderLength);
    }
}
