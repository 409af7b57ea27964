namespace JjjMatch.Testing;

public enum DatabaseTarget
{
    Sqlite,
    PostgreSql,
}
