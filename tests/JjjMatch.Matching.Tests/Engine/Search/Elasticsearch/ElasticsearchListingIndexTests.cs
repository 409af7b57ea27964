using System.Net;
using System.Text.Json.Nodes;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Elasticsearch;

namespace JjjMatch.Matching.Tests.Engine.Search.Elasticsearch;

/// <summary>
/// The requests the adapter sends, checked without a server (none can run here); the contract tests cover behaviour
/// when one is configured.
/// </summary>
public sealed class ElasticsearchListingIndexTests
{
    private const string HostileText = "\"a\" OR b* : (c) \\ title:{x}";
    private static readonly ElasticsearchOptions Options = new() { IndexPrefix = "jm" };

    [Fact]
    public async Task Creates_one_index_per_kind_with_cjk_text_fields_and_english_sub_fields()
    {
        var handler = new RecordingHandler();
        var index = Create(handler);

        await index.InitializeAsync();

        handler
            .Requests.Select(r => (r.Method.Method, r.Path))
            .ShouldBe([
                ("HEAD", "/jm-achievement"),
                ("PUT", "/jm-achievement"),
                ("HEAD", "/jm-demand"),
                ("PUT", "/jm-demand"),
            ]);
        var mapping = JsonNode.Parse(handler.Requests[1].Body)!["mappings"]!;
        foreach (var field in new[] { "title", "text", "keywords" })
        {
            mapping["properties"]![field]!["analyzer"]!.GetValue<string>().ShouldBe("cjk");
            mapping["properties"]![field]!["fields"]!["english"]!["analyzer"]!.GetValue<string>().ShouldBe("english");
        }

        mapping["properties"]!["kind"]!["type"]!.GetValue<string>().ShouldBe("keyword");
        mapping["dynamic_templates"]![0]!["attributes_as_keywords"]!["mapping"]!["type"]!
            .GetValue<string>()
            .ShouldBe("keyword");
    }

    [Fact]
    public async Task Counts_a_kind_with_the_count_api_of_its_index()
    {
        var handler = new RecordingHandler(
            (request, _) =>
                request.Method == HttpMethod.Head
                    ? (HttpStatusCode.OK, "")
                    : (HttpStatusCode.OK, """{"count":42,"_shards":{"total":1}}""")
        );

        var count = await Create(handler).CountAsync(ListingKind.Demand);

        count.ShouldBe(42);
        handler.Requests.Last().ShouldBe((HttpMethod.Get, "/jm-demand/_count", ""));
    }

    [Fact]
    public async Task Does_not_recreate_an_index_that_exists()
    {
        var handler = new RecordingHandler((request, _) => (HttpStatusCode.OK, "{}"));

        await Create(handler).InitializeAsync();

        handler.Requests.ShouldAllBe(r => r.Method == HttpMethod.Head);
    }

    [Fact]
    public async Task Bulk_body_is_one_action_line_and_one_source_line_per_document()
    {
        var handler = new RecordingHandler();
        var document = new ListingDocument(
            Guid.NewGuid(),
            ListingKind.Demand,
            "标题 \"quoted\"",
            HostileText,
            ["关键词"],
            true,
            new Dictionary<string, string> { [ListingAttributes.Province] = "Hebei" }
        );

        await Create(handler).UpsertAsync([document]);

        var bulk = handler.Requests.Single(r => r.Path == "/_bulk");
        var lines = bulk.Body.Split('\n');
        lines.Length.ShouldBe(3);
        lines[2].ShouldBeEmpty();
        var action = JsonNode.Parse(lines[0])!["index"]!;
        action["_index"]!.GetValue<string>().ShouldBe("jm-demand");
        action["_id"]!.GetValue<string>().ShouldBe(document.Id.ToString());
        var source = JsonNode.Parse(lines[1])!;
        source["text"]!.GetValue<string>().ShouldBe(HostileText);
        source["title"]!.GetValue<string>().ShouldBe("标题 \"quoted\"");
        source["kind"]!.GetValue<string>().ShouldBe("demand");
        source["attributes"]!["province"]!.GetValue<string>().ShouldBe("Hebei");
    }

    [Fact]
    public async Task Search_passes_hostile_text_as_a_plain_more_like_this_string_with_filters()
    {
        var handler = new RecordingHandler();
        var filter = new ListingFilter(ListingKind.Achievement)
        {
            Attributes = new Dictionary<string, string> { [ListingAttributes.Industry] = "电子信息-人工智能" },
        };

        await Create(handler).SearchAsync(new ListingQuery(HostileText, filter, 7));

        var search = handler.Requests.Single(r => r.Path == "/jm-achievement/_search");
        search.Body.ShouldNotContain("query_string");
        var body = JsonNode.Parse(search.Body)!;
        body["size"]!.GetValue<int>().ShouldBe(7);
        var boolQuery = body["query"]!["bool"]!;
        var moreLikeThis = boolQuery["must"]![0]!["more_like_this"]!;
        moreLikeThis["like"]!.GetValue<string>().ShouldBe(HostileText);
        moreLikeThis["max_query_terms"]!.GetValue<int>().ShouldBe(Options.MaxQueryTerms);
        var filters = boolQuery["filter"]!
            .AsArray()
            .Select(f => f!["term"]!.AsObject().Single())
            .Select(t => $"{t.Key}={t.Value}")
            .ToList();
        filters.ShouldBe(["kind=achievement", "active=true", "attributes.industry=电子信息-人工智能"]);
    }

    [Fact]
    public async Task Reads_hits_scores_and_highlighted_terms_from_the_response()
    {
        var id = Guid.NewGuid();
        var response = $$$"""
            {"hits":{"max_score":4.0,"hits":[
              {"_id":"{{{id}}}","_score":2.0,"highlight":{
                "text":["液压\u0002减振\u0003器，\u0002阻尼\u0003可调，\u0002减振\u0003"],"title":["\u0002Damper\u0003"]}}
            ]}}
            """;
        var handler = new RecordingHandler(
            (request, _) => request.Method == HttpMethod.Head ? (HttpStatusCode.OK, "") : (HttpStatusCode.OK, response)
        );

        var hits = await Create(handler)
            .SearchAsync(new ListingQuery("减振 阻尼", new ListingFilter(ListingKind.Achievement)));

        var hit = hits.ShouldHaveSingleItem();
        hit.Id.ShouldBe(id);
        hit.Score.ShouldBe(2.0);
        hit.Relevance.ShouldBe(0.5);
        hit.MatchedTerms.ShouldBe(["减振", "damper", "阻尼"]);
    }

    [Fact]
    public async Task A_rejected_bulk_item_fails_loudly()
    {
        var handler = new RecordingHandler(
            (request, _) =>
                request.Method == HttpMethod.Head
                    ? (HttpStatusCode.OK, "")
                    : (
                        HttpStatusCode.OK,
                        """
                        {"errors":true,"items":[{"index":{"status":400,"error":{"type":"mapper_parsing_exception"}}}]}
                        """
                    )
        );

        var failure = await Should.ThrowAsync<ElasticsearchException>(() =>
            Create(handler)
                .UpsertAsync([
                    new ListingDocument(
                        Guid.NewGuid(),
                        ListingKind.Achievement,
                        "t",
                        "x",
                        [],
                        true,
                        ListingDocument.NoAttributes
                    ),
                ])
        );

        failure.Message.ShouldContain("mapper_parsing_exception");
    }

    [Fact]
    public async Task Index_and_query_settings_come_from_its_options()
    {
        var handler = new RecordingHandler();
        var options = new ElasticsearchOptions
        {
            IndexPrefix = "market",
            Shards = 3,
            MaxQueryTerms = 12,
            MinTermFrequency = 2,
            MinDocFrequency = 4,
            MinimumShouldMatch = "30%",
        };
        var index = new ElasticsearchListingIndex(
            new HttpClient(handler) { BaseAddress = options.BaseAddress },
            options
        );

        await index.SearchAsync(new ListingQuery("减振 阻尼", new ListingFilter(ListingKind.Demand)));

        var created = JsonNode.Parse(handler.Requests.First(r => r.Method == HttpMethod.Put).Body)!;
        created["settings"]!["index"]!["number_of_shards"]!.GetValue<int>().ShouldBe(3);
        var search = JsonNode.Parse(handler.Requests.Single(r => r.Path == "/market-demand/_search").Body)!;
        var moreLikeThis = search["query"]!["bool"]!["must"]![0]!["more_like_this"]!;
        moreLikeThis["max_query_terms"]!.GetValue<int>().ShouldBe(12);
        moreLikeThis["min_term_freq"]!.GetValue<int>().ShouldBe(2);
        moreLikeThis["min_doc_freq"]!.GetValue<int>().ShouldBe(4);
        moreLikeThis["minimum_should_match"]!.GetValue<string>().ShouldBe("30%");
    }

    private static ElasticsearchListingIndex Create(RecordingHandler handler) =>
        new(new HttpClient(handler) { BaseAddress = new Uri("http://elasticsearch.test/") }, Options);
}
