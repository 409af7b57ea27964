using JjjMatch.Notifications.Persistence;
using JjjMatch.Testing;

namespace JjjMatch.Notifications.Tests.Persistence;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseTarget.Sqlite)]
    [InlineData(DatabaseTarget.PostgreSql)]
    public Task The_migrations_build_exactly_the_schema_of_the_model(DatabaseTarget target) =>
        SchemaDrift.AssertMigrationsMatchModelAsync<NotificationsDbContext>(target);
}
