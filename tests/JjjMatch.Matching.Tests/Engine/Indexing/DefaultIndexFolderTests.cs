using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Matching.Tests.Engine.Indexing;

/// <summary>
/// On SQLite the embedded index is kept beside the database files unless told otherwise; with a server database,
/// whose replicas may share a data directory, only where it is told.
/// </summary>
public sealed class DefaultIndexFolderTests
{
    [Fact]
    public async Task On_SQLite_the_index_is_kept_in_the_data_directory_by_default()
    {
        using var databases = new ServiceDatabases(DatabaseTarget.Sqlite);
        await using var host = new JjjMatchFactory(databases, "matching", new Dictionary<string, string>());

        var store = host.Services.GetRequiredService<IndexStore>();

        Path.GetDirectoryName(store.FilePath).ShouldBe(Path.Combine(databases.DataDirectory, "matching-index"));
        File.Exists(store.FilePath).ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseTarget.Sqlite, "")]
    [InlineData(DatabaseTarget.PostgreSql, null)]
    public async Task Set_empty_or_on_a_server_database_the_index_stays_in_memory(DatabaseTarget target, string? folder)
    {
        var settings = folder is null ? [] : new Dictionary<string, string> { ["Search:EmbeddedDirectory"] = folder };
        await using var host = new JjjMatchFactory(target, "matching", settings);

        host.Services.GetService<IndexStore>().ShouldBeNull();
    }
}
