using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Notifications.Persistence;
using JjjMatch.Testing;

namespace JjjMatch.Notifications.Tests.Persistence;

/// <summary>Each provider's migration history, checked without a database server (no SQL Server runs here).</summary>
public sealed class ProviderMigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_model_has_no_changes_missing_from_the_providers_migrations(DatabaseProvider provider) =>
        ProviderSchemas.AssertNoPendingModelChanges<NotificationsDbContext>(provider);

    [Fact]
    public void The_sql_server_script_is_idempotent_with_the_types_the_product_relies_on() =>
        ProviderSchemas.AssertSqlServerScript<NotificationsDbContext>();
}
