using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>
/// The index of one listing kind: Chinese text through the built-in cjk analyzer (bigrams, like the embedded index)
/// with an english sub-field (stemming, stop words); kind, active flag and attributes as exact values for filters.
/// </summary>
public static class ListingMapping
{
    public const string ChineseAnalyzer = "cjk";
    public const string EnglishAnalyzer = "english";
    public const string AttributesTemplate = "attributes_as_keywords";

    public static CreateIndexRequest CreateIndex(string name, ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CreateIndexRequest(name)
        {
            Settings = new IndexSettings { NumberOfShards = options.Shards },
            Mappings = Mapping(),
        };
    }

    public static TypeMapping Mapping() =>
        new()
        {
            // A field the adapter does not know is a bug on our side: refuse it rather than guess its type.
            Dynamic = DynamicMapping.Strict,
            DynamicTemplates =
            [
                KeyValuePair.Create(
                    AttributesTemplate,
                    new DynamicTemplate
                    {
                        PathMatch = [ListingSource.AttributesField + ".*"],
                        Mapping = new KeywordProperty(),
                    }
                ),
            ],
            Properties = new Properties
            {
                { ListingSource.KindField, new KeywordProperty() },
                { ListingSource.ActiveField, new BooleanProperty() },
                { ListingSource.TitleField, TextField() },
                { ListingSource.KeywordsField, TextField() },
                { ListingSource.TextField, TextField() },
                {
                    ListingSource.AttributesField,
                    new ObjectProperty { Dynamic = DynamicMapping.True }
                },
            },
        };

    private static TextProperty TextField() =>
        new()
        {
            Analyzer = ChineseAnalyzer,
            Fields = new Properties
            {
                {
                    ListingSource.EnglishSubField,
                    new TextProperty { Analyzer = EnglishAnalyzer }
                },
            },
        };
}
