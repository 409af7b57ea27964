using JjjMatch.Testing;

namespace JjjMatch.Host.Tests.Api;

/// <summary>All three services in one host, the embedded default's shape, on fresh SQLite databases.</summary>
public sealed class MarketOnSqlite() : JjjMatchFactory(DatabaseTarget.Sqlite);
