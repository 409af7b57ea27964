using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Engine.Indexing;

/// <summary>Search:Provider picks the index adapter; an unknown one stops the start, naming the key.</summary>
public sealed class SearchProviderSettingTests
{
    [Fact]
    public void An_unknown_provider_stops_the_start_naming_the_key_and_the_choices()
    {
        using var databases = new ServiceDatabases(DatabaseTarget.Sqlite);
        using var host = new JjjMatchFactory(
            databases,
            "matching",
            new Dictionary<string, string> { ["Search:Provider"] = "Solr" }
        );

        var message = Should.Throw<SettingException>(() => host.Services).Message;
        message.ShouldContain("Search:Provider");
        message.ShouldContain("Lucene");
    }
}
