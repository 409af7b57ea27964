using System.Text;
using System.Text.Json.Nodes;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>
/// The JSON the adapter sends. User text only ever appears as a JSON string value of a more_like_this "like",
/// which Elasticsearch analyses as text; no query_string or simple_query_string syntax is ever involved.
/// </summary>
public static class ElasticsearchRequests
{
    /// <summary>
    /// Highlight markers that cannot occur in listing text, so matched terms can be cut out of fragments.
    /// </summary>
    public const string HighlightStart = "\u0002";
    public const string HighlightEnd = "\u0003";

    private static readonly string[] SearchedFields =
    [
        "title",
        "keywords",
        "text",
        "title.english",
        "keywords.english",
        "text.english",
    ];
    private static readonly string[] HighlightedFields = ["title", "keywords", "text"];

    /// <summary>
    /// Chinese text through the built-in cjk analyzer (bigrams, like the embedded index) with an english sub-field
    /// (stemming, stop words).
    /// </summary>
    public static JsonObject IndexDefinition(ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new JsonObject
        {
            ["settings"] = new JsonObject { ["index"] = new JsonObject { ["number_of_shards"] = options.Shards } },
            ["mappings"] = new JsonObject
            {
                ["dynamic"] = "strict",
                ["dynamic_templates"] = new JsonArray(
                    new JsonObject
                    {
                        ["attributes_as_keywords"] = new JsonObject
                        {
                            ["path_match"] = "attributes.*",
                            ["mapping"] = new JsonObject { ["type"] = "keyword" },
                        },
                    }
                ),
                ["properties"] = new JsonObject
                {
                    ["kind"] = new JsonObject { ["type"] = "keyword" },
                    ["active"] = new JsonObject { ["type"] = "boolean" },
                    ["title"] = TextField(),
                    ["keywords"] = TextField(),
                    ["text"] = TextField(),
                    ["attributes"] = new JsonObject { ["type"] = "object", ["dynamic"] = true },
                },
            },
        };
    }

    public static string BulkBody(IEnumerable<ListingDocument> documents, ElasticsearchOptions options)
    {
        var body = new StringBuilder();
        foreach (var document in documents)
        {
            var action = new JsonObject
            {
                ["index"] = new JsonObject
                {
                    ["_index"] = options.IndexName(document.Kind),
                    ["_id"] = document.Id.ToString(),
                },
            };
            body.Append(action.ToJsonString()).Append('\n');
            body.Append(Source(document).ToJsonString()).Append('\n');
        }

        return body.ToString();
    }

    public static JsonObject Source(ListingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var attributes = new JsonObject();
        foreach (var (name, value) in document.Attributes)
        {
            attributes[name] = value;
        }

        return new JsonObject
        {
            ["kind"] = ElasticsearchOptions.KindValue(document.Kind),
            ["active"] = document.IsActive,
            ["title"] = document.Title,
            ["keywords"] = new JsonArray([.. document.Keywords.Select(k => (JsonNode)JsonValue.Create(k)!)]),
            ["text"] = document.Text,
            ["attributes"] = attributes,
        };
    }

    public static JsonObject SearchBody(ListingQuery query, ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var filters = new JsonArray(
            new JsonObject
            {
                ["term"] = new JsonObject { ["kind"] = ElasticsearchOptions.KindValue(query.Filter.Kind) },
            }
        );
        if (query.Filter.ActiveOnly)
        {
            filters.Add(new JsonObject { ["term"] = new JsonObject { ["active"] = true } });
        }

        foreach (var (name, value) in query.Filter.Attributes)
        {
            filters.Add(new JsonObject { ["term"] = new JsonObject { [$"attributes.{name}"] = value } });
        }

        return new JsonObject
        {
            ["size"] = query.Top,
            ["_source"] = false,
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["must"] = new JsonArray(
                        new JsonObject
                        {
                            ["more_like_this"] = new JsonObject
                            {
                                ["fields"] = new JsonArray([
                                    .. SearchedFields.Select(f => (JsonNode)JsonValue.Create(f)!),
                                ]),
                                ["like"] = query.Text,
                                ["min_term_freq"] = options.MinTermFrequency,
                                ["min_doc_freq"] = options.MinDocFrequency,
                                ["max_query_terms"] = options.MaxQueryTerms,
                                ["minimum_should_match"] = options.MinimumShouldMatch,
                            },
                        }
                    ),
                    ["filter"] = filters,
                },
            },
            ["highlight"] = new JsonObject
            {
                ["pre_tags"] = new JsonArray(HighlightStart),
                ["post_tags"] = new JsonArray(HighlightEnd),
                ["number_of_fragments"] = 0,
                ["fields"] = new JsonObject(
                    HighlightedFields.Select(f => KeyValuePair.Create(f, (JsonNode?)new JsonObject()))
                ),
            },
        };
    }

    private static JsonObject TextField() =>
        new()
        {
            ["type"] = "text",
            ["analyzer"] = "cjk",
            ["fields"] = new JsonObject
            {
                ["english"] = new JsonObject { ["type"] = "text", ["analyzer"] = "english" },
            },
        };

    internal static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    internal static StringContent NdJson(string body) => new(body, Encoding.UTF8, "application/x-ndjson");
}
