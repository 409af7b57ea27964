using JjjMatch.Achievements.Domain;
using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Persistence;

public sealed class AchievementsDbContext(DbContextOptions<AchievementsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Achievement> Achievements => Set<Achievement>();

    public DbSet<Introduction> Introductions => Set<Introduction>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new AchievementConfiguration());
        modelBuilder.ApplyConfiguration(new IntroductionConfiguration());
    }
}
