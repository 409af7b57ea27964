using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace JjjMatch.Notifications.Persistence;

/// <summary>How <c>dotnet ef</c> makes the context: docs/decisions/0011-migrations-per-provider.md.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<NotificationsDbContext>(args));
}
