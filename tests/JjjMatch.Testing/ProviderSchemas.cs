using System.Globalization;
using System.Text.RegularExpressions;
using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Shouldly;

namespace JjjMatch.Testing;

/// <summary>
/// Checks of each provider's migration history that need no database server (none for SQL Server runs here): the
/// model snapshot agrees with the model, and the SQL Server script EF generates from the migrations has the types
/// the product relies on. What the script does on a real SQL Server is not tested here (docs/operations.md).
/// </summary>
public static partial class ProviderSchemas
{
    /// <summary>A service's context on a provider, as <c>dotnet ef</c> makes it: never connected.</summary>
    public static TContext Design<TContext>(DatabaseProvider provider)
        where TContext : ServiceDbContext =>
        (TContext)
            Activator.CreateInstance(
                typeof(TContext),
                DesignTimeOptions.For<TContext>(["--provider", provider.ToString()])
            )!;

    public static void AssertNoPendingModelChanges<TContext>(DatabaseProvider provider)
        where TContext : ServiceDbContext
    {
        using var db = Design<TContext>(provider);
        db.GetService<IMigrationsAssembly>()
            .ModelSnapshot.ShouldNotBeNull($"{provider} has no model snapshot to compare the model with");
        db.Database.HasPendingModelChanges()
            .ShouldBeFalse(
                $"the model differs from the {provider} snapshot: run dotnet ef migrations add <Name> "
                    + $"--project src/<Service> --output-dir Persistence/Migrations/{provider} -- --provider {provider}"
            );
    }

    /// <summary>
    /// SQLite and PostgreSQL run the hand-written migrations their databases were made with (the same ids, so a
    /// database of an earlier release upgrades); SQL Server runs only its own scaffolded history.
    /// </summary>
    public static void AssertHistories<TContext>()
        where TContext : ServiceDbContext
    {
        var histories = Enum.GetValues<DatabaseProvider>()
            .ToDictionary(p => p, p => Migrations<TContext>(p).Select(m => m.Id).ToList());
        var handWritten = typeof(TContext).Namespace + ".Migrations";
        var shared = Migrations<TContext>(DatabaseProvider.Sqlite)
            .Where(m => m.Namespace == handWritten)
            .Select(m => m.Id)
            .ToList();
        shared.ShouldNotBeEmpty();
        shared.ShouldContain(id => id.EndsWith("_Initial", StringComparison.Ordinal));
        histories[DatabaseProvider.PostgreSql].ShouldBe(histories[DatabaseProvider.Sqlite]);
        histories[DatabaseProvider.SqlServer].ShouldNotContain(id => shared.Contains(id));
        Migrations<TContext>(DatabaseProvider.SqlServer)
            .ShouldAllBe(m => m.Namespace == handWritten + "." + nameof(DatabaseProvider.SqlServer));
    }

    private static List<(string Id, string? Namespace)> Migrations<TContext>(DatabaseProvider provider)
        where TContext : ServiceDbContext
    {
        using var db = Design<TContext>(provider);
        return [.. db.GetService<IMigrationsAssembly>().Migrations.Select(m => (m.Key, m.Value.Namespace))];
    }

    /// <summary>The idempotent SQL Server script of all the service's migrations, as an operator runs it.</summary>
    public static string SqlServerScript<TContext>()
        where TContext : ServiceDbContext
    {
        using var db = Design<TContext>(DatabaseProvider.SqlServer);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    /// <summary>
    /// The SQL Server script guards every migration by its history row, creates every table and index of the model,
    /// stores all text as nvarchar in the product's collation, keys indexes on bounded columns within SQL Server's
    /// key size, money as bigint fen, and concurrency tokens in types that compare exactly.
    /// </summary>
    public static void AssertSqlServerScript<TContext>()
        where TContext : ServiceDbContext
    {
        var script = SqlServerScript<TContext>();
        using var db = Design<TContext>(DatabaseProvider.SqlServer);
        var migrations = db.Database.GetMigrations().ToList();
        migrations.ShouldNotBeEmpty();
        foreach (var id in migrations)
        {
            script.ShouldContain(
                $"IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]\n    WHERE [MigrationId] = N'{id}'"
            );
        }

        var tables = Tables(script);
        tables.Remove("__EFMigrationsHistory").ShouldBeTrue("the script creates the history table first");
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        tables.Keys.ShouldBe(model.Tables.Select(t => t.Name), ignoreOrder: true);
        Unicode().IsMatch(script).ShouldBeFalse("text must be nvarchar, never varchar, text or ntext");
        foreach (var table in model.Tables)
        {
            var columns = tables[table.Name];
            columns.Keys.ShouldBe(table.Columns.Select(c => c.Name), ignoreOrder: true, $"columns of {table.Name}");
            foreach (var column in table.Columns)
            {
                AssertColumn(table.Name, column, columns[column.Name]);
            }

            foreach (var index in table.Indexes)
            {
                script.ShouldContain($"INDEX [{index.Name}] ON [{table.Name}]");
                AssertKeySize(index.Name, index.Columns.Select(c => columns[c.Name]), 1700);
            }

            AssertKeySize(table.PrimaryKey!.Name, table.PrimaryKey.Columns.Select(c => columns[c.Name]), 900);
        }
    }

    private static void AssertColumn(string table, IColumn column, string ddl)
    {
        var property = column.PropertyMappings[0].Property;
        var stored = property.GetValueConverter()?.ProviderClrType ?? property.GetProviderClrType() ?? property.ClrType;
        var name = $"{table}.{column.Name}";
        if (stored == typeof(string))
        {
            ddl.ShouldStartWith("nvarchar(", customMessage: name);
            ddl.ShouldContain($"COLLATE {ServiceDbContext.SqlServerCollation}", customMessage: name);
        }

        if (property.ClrType.UnwrapNullable() == typeof(decimal))
        {
            ddl.ShouldStartWith("bigint", customMessage: $"{name}: money is whole fen");
        }

        if (property.IsConcurrencyToken)
        {
            // datetime2 keeps .NET's 100 ns ticks, so a token read back compares equal; datetime would round it.
            // Text tokens (Identity's and OpenIddict's stamps) compare exactly in the case- and accent-sensitive
            // collation asserted above.
            ddl.ShouldMatch(
                @"^(int|bigint|datetime2|rowversion|nvarchar\(\d+\))(\s|$)",
                $"{name} is a concurrency token"
            );
        }

        if (property.ValueGenerated == ValueGenerated.OnAdd && stored == typeof(long))
        {
            ddl.ShouldContain("IDENTITY", customMessage: name);
        }
    }

    private static void AssertKeySize(string name, IEnumerable<string> columns, int limit)
    {
        var bytes = columns.Sum(ddl => KeyBytes(ddl, name));
        bytes.ShouldBeLessThanOrEqualTo(limit, $"{name}: SQL Server refuses index keys over {limit} bytes");
    }

    private static int KeyBytes(string ddl, string index)
    {
        var type = ddl.Split(' ')[0];
        var length = Length().Match(type);
        if (type.StartsWith("nvarchar(", StringComparison.Ordinal))
        {
            length.Success.ShouldBeTrue($"{index} is keyed on unbounded text ({type})");
            return 2 * int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return type switch
        {
            "uniqueidentifier" => 16,
            "bigint" or "datetime2" or "float" => 8,
            "int" or "real" => 4,
            "date" => 3,
            "bit" => 1,
            _ => throw new ShouldAssertException($"{index}: no key size known for {type}"),
        };
    }

    /// <summary>
    /// Table name to column name to the rest of its line ("nvarchar(200) COLLATE ... NOT NULL"), from the tables'
    /// CREATE TABLE and the columns later migrations ADD to them.
    /// </summary>
    private static Dictionary<string, Dictionary<string, string>> Tables(string script)
    {
        var tables = CreateTable()
            .Matches(script)
            .ToDictionary(
                m => m.Groups["table"].Value,
                m =>
                    ColumnLine()
                        .Matches(m.Groups["body"].Value)
                        .ToDictionary(c => c.Groups["column"].Value, c => c.Groups["ddl"].Value.TrimEnd(','))
            );
        foreach (Match added in AddColumn().Matches(script))
        {
            tables[added.Groups["table"].Value].Add(added.Groups["column"].Value, added.Groups["ddl"].Value);
        }

        return tables;
    }

    private static Type UnwrapNullable(this Type type) => Nullable.GetUnderlyingType(type) ?? type;

    [GeneratedRegex(@"CREATE TABLE \[(?<table>\w+)\] \((?<body>.*?)\n    \);", RegexOptions.Singleline)]
    private static partial Regex CreateTable();

    [GeneratedRegex(
        @"^\s*ALTER TABLE \[(?<table>\w+)\] ADD \[(?<column>\w+)\] (?<ddl>[^\n]+);$",
        RegexOptions.Multiline
    )]
    private static partial Regex AddColumn();

    [GeneratedRegex(@"^\s+\[(?<column>\w+)\] (?<ddl>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex Length();

    // A type, not a column named [Text].
    [GeneratedRegex(@"(?<![n\w\[])varchar\b|(?<![\w\[])n?text\b(?![\w\]])", RegexOptions.IgnoreCase)]
    private static partial Regex Unicode();
}
