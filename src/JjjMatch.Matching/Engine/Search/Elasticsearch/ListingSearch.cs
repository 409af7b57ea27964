using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>
/// The search for one <see cref="ListingQuery"/>: a bool query whose filter holds the kind, the active flag and the
/// attributes, and whose must is a more_like_this over the text fields. The user text is only ever that query's
/// <c>like</c> string, which Elasticsearch analyses as text; no query_string or simple_query_string syntax is
/// involved.
/// </summary>
public static class ListingSearch
{
    /// <summary>
    /// Highlight markers that cannot occur in listing text, so matched terms can be cut out of fragments.
    /// </summary>
    public const string HighlightStart = "\u0002";
    public const string HighlightEnd = "\u0003";

    private static readonly string[] SearchedFields =
    [
        .. ListingSource.TextFields,
        .. ListingSource.TextFields.Select(f => $"{f}.{ListingSource.EnglishSubField}"),
    ];

    public static SearchRequest Request(ListingQuery query, ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        return new SearchRequest(options.IndexName(query.Filter.Kind))
        {
            Size = query.Top,
            Source = new SourceConfig(false),
            Query = new BoolQuery
            {
                Must =
                [
                    new MoreLikeThisQuery
                    {
                        Fields = Fields.FromStrings(SearchedFields),
                        Like = [new Like(query.Text)],
                        MinTermFreq = options.MinTermFrequency,
                        MinDocFreq = options.MinDocFrequency,
                        MaxQueryTerms = options.MaxQueryTerms,
                        MinimumShouldMatch = options.MinimumShouldMatch,
                    },
                ],
                Filter = Filters(query.Filter),
            },
            Highlight = new Highlight
            {
                PreTags = [HighlightStart],
                PostTags = [HighlightEnd],
                // The whole field as one fragment: every occurrence is marked, so terms can be counted.
                NumberOfFragments = 0,
                Fields =
                [
                    .. ListingSource.TextFields.Select(f => KeyValuePair.Create(new Field(f), new HighlightField())),
                ],
            },
        };
    }

    private static List<Query> Filters(ListingFilter filter)
    {
        var filters = new List<Query>
        {
            new TermQuery(ListingSource.KindField, ElasticsearchOptions.KindValue(filter.Kind)),
        };
        if (filter.ActiveOnly)
        {
            filters.Add(new TermQuery(ListingSource.ActiveField, true));
        }

        foreach (var (name, value) in filter.Attributes)
        {
            filters.Add(new TermQuery($"{ListingSource.AttributesField}.{name}", value));
        }

        return filters;
    }
}
