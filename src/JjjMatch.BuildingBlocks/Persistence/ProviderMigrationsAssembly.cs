using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>
/// One migration history per provider in the service's own assembly (docs/decisions/0011-migrations-per-provider.md):
/// the provider's folder <c>Persistence/Migrations/{Sqlite|PostgreSql|SqlServer}</c> holds its model snapshot and the
/// migrations <c>dotnet ef</c> scaffolded for it. SQLite and PostgreSQL also run the hand-written, provider-neutral
/// migrations of <c>Persistence/Migrations</c> that their databases were made with; SQL Server never had them.
/// </summary>
internal sealed class ProviderMigrationsAssembly(ICurrentDbContext currentContext, IMigrationsIdGenerator idGenerator)
    : IMigrationsAssembly
{
    private readonly Lazy<History> history = new(() => History.Of(currentContext.Context));

    public IReadOnlyDictionary<string, TypeInfo> Migrations => history.Value.Migrations;

    public ModelSnapshot? ModelSnapshot => history.Value.Snapshot;

    public Assembly Assembly => currentContext.Context.GetType().Assembly;

    public string? FindMigrationId(string nameOrId) =>
        Migrations
            .Keys.Where(id =>
                string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
                || string.Equals(idGenerator.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase)
            )
            .FirstOrDefault();

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    /// <summary>The namespace of a provider's own history, under the context's <c>Migrations</c> namespace.</summary>
    public static string Folder(DatabaseProvider provider) => provider.ToString();

    private sealed record History(SortedList<string, TypeInfo> Migrations, ModelSnapshot? Snapshot)
    {
        public static History Of(DbContext context)
        {
            var contextType = context.GetType();
            var provider = DatabaseProviders.Of(context.Database.ProviderName);
            var shared = contextType.Namespace + ".Migrations";
            var own = shared + "." + Folder(provider);
            var namespaces = provider == DatabaseProvider.SqlServer ? new[] { own } : [shared, own];
            var types = contextType
                .Assembly.GetTypes()
                .Where(t =>
                    !t.IsAbstract
                    && namespaces.Contains(t.Namespace)
                    && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType
                )
                .ToList();
            var migrations = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
            foreach (var type in types.Where(t => t.IsSubclassOf(typeof(Migration))))
            {
                var id = type.GetCustomAttribute<MigrationAttribute>()?.Id
                    ?? throw new InvalidOperationException($"{type} has no [Migration] id.");
                migrations.Add(id, type.GetTypeInfo());
            }

            var snapshot = types.SingleOrDefault(t => t.Namespace == own && t.IsSubclassOf(typeof(ModelSnapshot)));
            return new History(
                migrations,
                snapshot is null ? null : (ModelSnapshot)Activator.CreateInstance(snapshot)!
            );
        }
    }
}

public static class ProviderMigrations
{
    /// <summary>
    /// Reads the migrations of the configured provider (<see cref="ProviderMigrationsAssembly"/>). Part of the options,
    /// not of <c>OnConfiguring</c>, which pooled contexts may not use.
    /// </summary>
    public static DbContextOptionsBuilder UseProviderMigrations(this DbContextOptionsBuilder builder) =>
        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
}
