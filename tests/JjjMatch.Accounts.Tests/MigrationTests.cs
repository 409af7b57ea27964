using JjjMatch.Accounts.Persistence;
using JjjMatch.Testing;

namespace JjjMatch.Accounts.Tests;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseTarget.Sqlite)]
    [InlineData(DatabaseTarget.PostgreSql)]
    public Task The_migrations_build_the_model_schema(DatabaseTarget target) =>
        SchemaDrift.AssertMigrationsMatchModelAsync<AccountsDbContext>(target);
}
