using JjjMatch.BuildingBlocks.Settings;
using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Search.Elasticsearch;
using JjjMatch.Testing;
using Microsoft.Extensions.Configuration;

namespace JjjMatch.Matching.Tests.Engine.Search.Elasticsearch;

public sealed class ElasticsearchOptionsTests
{
    private const string Fingerprint =
        "94:75:CE:4F:EB:05:32:83:40:B8:18:BB:79:01:7B:E0:F0:B6:C3:01:57:DB:4D:F5:D8:B8:A6:BA:BD:6D:C5:C4";

    [Fact]
    public void Every_setting_of_the_adapter_is_read_from_configuration()
    {
        var options = Bind(
            new Dictionary<string, string?>
            {
                ["Search:Provider"] = "Elasticsearch",
                ["Search:Elasticsearch:Url"] = "https://es1.example:9200, https://es2.example:9200/",
                ["Search:Elasticsearch:ApiKey"] = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==",
                ["Search:Elasticsearch:CertificateFingerprint"] = Fingerprint,
                ["Search:Elasticsearch:IndexPrefix"] = "market",
                ["Search:Elasticsearch:RequestTimeout"] = "00:00:05",
                ["Search:Elasticsearch:Refresh"] = "WaitFor",
                ["Search:Elasticsearch:Shards"] = "2",
                ["Search:Elasticsearch:MaxQueryTerms"] = "20",
                ["Search:Elasticsearch:MinTermFrequency"] = "2",
                ["Search:Elasticsearch:MinDocFrequency"] = "3",
                ["Search:Elasticsearch:MinimumShouldMatch"] = "2",
            }
        );

        options.Elasticsearch.ShouldBe(
            new ElasticsearchOptions
            {
                Url = "https://es1.example:9200, https://es2.example:9200/",
                ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==",
                CertificateFingerprint = Fingerprint,
                IndexPrefix = "market",
                RequestTimeout = TimeSpan.FromSeconds(5),
                Refresh = RefreshPolicy.WaitFor,
                Shards = 2,
                MaxQueryTerms = 20,
                MinTermFrequency = 2,
                MinDocFrequency = 3,
                MinimumShouldMatch = "2",
            }
        );
        options.Elasticsearch.Problems().ShouldBeEmpty();
        options
            .Elasticsearch.Nodes()
            .ShouldBe([new Uri("https://es1.example:9200/"), new Uri("https://es2.example:9200/")]);
        MatchingModule.CreateIndex(options).ShouldBeOfType<ElasticsearchListingIndex>().KeepsDocuments.ShouldBeTrue();
    }

    [Fact]
    public void The_defaults_need_no_setting()
    {
        var options = new ElasticsearchOptions();

        options.Problems().ShouldBeEmpty();
        options.Nodes().ShouldBe([new Uri("http://localhost:9200/")]);
        options.Refresh.ShouldBe(RefreshPolicy.None);
    }

    [Theory]
    [InlineData("Url", "", "Search:Elasticsearch:Url")]
    [InlineData("Url", "localhost:9200", "Search:Elasticsearch:Url")]
    [InlineData("Url", "http://es1:9200,ftp://es2", "Search:Elasticsearch:Url")]
    [InlineData("Url", "http://es1:9200/?pretty", "Search:Elasticsearch:Url")]
    [InlineData("RequestTimeout", "-00:00:01", "Search:Elasticsearch:RequestTimeout")]
    [InlineData("RequestTimeout", "00:00:00", "Search:Elasticsearch:RequestTimeout")]
    [InlineData("Username", "elastic", "Search:Elasticsearch:Password")]
    [InlineData("Password", "secret", "Search:Elasticsearch:Username")]
    [InlineData("CertificateFingerprint", "not-hex", "Search:Elasticsearch:CertificateFingerprint")]
    [InlineData("IndexPrefix", "Market", "Search:Elasticsearch:IndexPrefix")]
    [InlineData("IndexPrefix", "-market", "Search:Elasticsearch:IndexPrefix")]
    [InlineData("IndexPrefix", "my index", "Search:Elasticsearch:IndexPrefix")]
    [InlineData("Shards", "0", "Search:Elasticsearch:Shards")]
    [InlineData("MaxQueryTerms", "-1", "Search:Elasticsearch:MaxQueryTerms")]
    [InlineData("MinTermFrequency", "0", "Search:Elasticsearch:MinTermFrequency")]
    [InlineData("MinDocFrequency", "0", "Search:Elasticsearch:MinDocFrequency")]
    [InlineData("MinimumShouldMatch", " ", "Search:Elasticsearch:MinimumShouldMatch")]
    public void A_wrong_setting_is_a_problem_naming_it(string key, string value, string named)
    {
        var options = Bind(
            new Dictionary<string, string?>
            {
                ["Search:Elasticsearch:Url"] = "https://es:9200/",
                [$"Search:Elasticsearch:{key}"] = value,
            }
        ).Elasticsearch;

        options.Problems().ShouldHaveSingleItem().ShouldContain(named);
    }

    [Fact]
    public void An_api_key_and_basic_authentication_together_are_a_problem_naming_both()
    {
        var options = new ElasticsearchOptions
        {
            ApiKey = "a2V5",
            Username = "elastic",
            Password = "secret",
        };

        var problem = options.Problems().ShouldHaveSingleItem();

        problem.ShouldContain("Search:Elasticsearch:ApiKey");
        problem.ShouldContain("Search:Elasticsearch:Username");
    }

    [Fact]
    public void A_certificate_fingerprint_needs_https()
    {
        var options = new ElasticsearchOptions { Url = "http://es:9200", CertificateFingerprint = Fingerprint };

        var problem = options.Problems().ShouldHaveSingleItem();

        problem.ShouldContain("Search:Elasticsearch:CertificateFingerprint");
        problem.ShouldContain("https://");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = new ElasticsearchOptions
        {
            Url = "not a url",
            RequestTimeout = TimeSpan.FromSeconds(-1),
            Shards = 0,
        };

        var failure = Should.Throw<SettingException>(() => new ElasticsearchListingIndex(options));

        failure.Message.ShouldContain("Search:Elasticsearch:Url");
        failure.Message.ShouldContain("Search:Elasticsearch:RequestTimeout");
        failure.Message.ShouldContain("Search:Elasticsearch:Shards");
    }

    [Theory]
    [InlineData("Search:Elasticsearch:Url", "elasticsearch:9200")]
    [InlineData("Search:Elasticsearch:RequestTimeout", "-00:00:30")]
    [InlineData("Search:Elasticsearch:ApiKey", "a2V5")]
    [InlineData("Search:Elasticsearch:Refresh", "Sometimes")]
    public void A_wrong_setting_stops_the_host_naming_it(string key, string value)
    {
        var settings = new Dictionary<string, string>
        {
            ["Search:Provider"] = "Elasticsearch",
            ["Search:Elasticsearch:Username"] = "elastic",
            ["Search:Elasticsearch:Password"] = "secret",
            [key] = value,
        };
        if (key != "Search:Elasticsearch:ApiKey")
        {
            settings.Remove("Search:Elasticsearch:Username");
            settings.Remove("Search:Elasticsearch:Password");
        }

        using var databases = new ServiceDatabases(DatabaseTarget.Sqlite);
        using var host = new JjjMatchFactory(databases, "matching", settings);

        Should.Throw<SettingException>(() => host.Services).Message.ShouldContain(key);
    }

    private static SearchOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings)
            .Build()
            .GetSection(SearchOptions.Section)
            .Get<SearchOptions>()
        ?? new SearchOptions();
}
