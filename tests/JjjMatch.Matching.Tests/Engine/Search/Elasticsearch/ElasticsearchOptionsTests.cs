using JjjMatch.Matching.Engine.Indexing;
using JjjMatch.Matching.Engine.Search.Elasticsearch;
using Microsoft.Extensions.Configuration;

namespace JjjMatch.Matching.Tests.Engine.Search.Elasticsearch;

public sealed class ElasticsearchOptionsTests
{
    [Fact]
    public void Every_setting_of_the_adapter_is_read_from_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Search:Provider"] = "Elasticsearch",
                    ["Search:Elasticsearch:Url"] = "http://search.example:9200",
                    ["Search:Elasticsearch:IndexPrefix"] = "market",
                    ["Search:Elasticsearch:Shards"] = "2",
                    ["Search:Elasticsearch:MaxQueryTerms"] = "20",
                    ["Search:Elasticsearch:MinTermFrequency"] = "2",
                    ["Search:Elasticsearch:MinDocFrequency"] = "3",
                    ["Search:Elasticsearch:MinimumShouldMatch"] = "2",
                    ["Search:Elasticsearch:RefreshOnWrite"] = "true",
                }
            )
            .Build();

        var options = configuration.GetSection(SearchOptions.Section).Get<SearchOptions>()!;

        options.Elasticsearch.ShouldBe(
            new ElasticsearchOptions
            {
                Url = "http://search.example:9200",
                IndexPrefix = "market",
                Shards = 2,
                MaxQueryTerms = 20,
                MinTermFrequency = 2,
                MinDocFrequency = 3,
                MinimumShouldMatch = "2",
                RefreshOnWrite = true,
            }
        );
        options.Elasticsearch.BaseAddress.ShouldBe(new Uri("http://search.example:9200/"));
        MatchingModule.CreateIndex(options).ShouldBeOfType<ElasticsearchListingIndex>().KeepsDocuments.ShouldBeTrue();
    }
}
