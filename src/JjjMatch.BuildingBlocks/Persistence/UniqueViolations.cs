using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JjjMatch.BuildingBlocks.Persistence;

public static class UniqueViolations
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqlServerDuplicateKeyInUniqueIndex = 2601;
    private const int SqlServerUniqueConstraintViolation = 2627;

    /// <summary>
    /// Whether a save failed because another writer got the same key (primary key or unique index) in first: the row
    /// is already there.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
                && sqlite.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique,
            SqlException sqlServer => sqlServer.Number
                is SqlServerDuplicateKeyInUniqueIndex
                    or SqlServerUniqueConstraintViolation,
            _ => false,
        };
    }
}
