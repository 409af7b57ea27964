using JjjMatch.Testing;

namespace JjjMatch.Achievements.Tests.Api;

public sealed class SqliteHost() : JjjMatchFactory(DatabaseTarget.Sqlite, "achievements");

public sealed class PostgreSqlHost() : JjjMatchFactory(DatabaseTarget.PostgreSql, "achievements");

public sealed class AchievementsApiOnSqlite(SqliteHost host) : AchievementsApiTests(host), IClassFixture<SqliteHost>;

public sealed class AchievementsApiOnPostgreSql(PostgreSqlHost host)
    : AchievementsApiTests(host),
        IClassFixture<PostgreSqlHost>;

public sealed class BadInputOnSqlite(SqliteHost host) : BadInputTests(host), IClassFixture<SqliteHost>;

public sealed class BadInputOnPostgreSql(PostgreSqlHost host) : BadInputTests(host), IClassFixture<PostgreSqlHost>;

public sealed class ListingOnSqlite(SqliteHost host) : ListingTests(host), IClassFixture<SqliteHost>;

public sealed class ListingOnPostgreSql(PostgreSqlHost host) : ListingTests(host), IClassFixture<PostgreSqlHost>;
