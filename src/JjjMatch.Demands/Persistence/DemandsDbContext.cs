using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Demands.Domain;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Demands.Persistence;

public sealed class DemandsDbContext(DbContextOptions<DemandsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Demand> Demands => Set<Demand>();

    public DbSet<DemandApplication> Applications => Set<DemandApplication>();

    public DbSet<Introduction> Introductions => Set<Introduction>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new DemandConfiguration());
        modelBuilder.ApplyConfiguration(new DemandApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new IntroductionConfiguration());
    }
}
