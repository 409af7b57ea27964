using System.Text.Json.Nodes;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Elasticsearch;

namespace JjjMatch.Matching.Tests.Engine.Search.Elasticsearch;

/// <summary>
/// The requests the adapter has the official client send, and how it reads recorded responses, checked without a
/// server (none can run here); the contract tests cover behaviour when one is configured.
/// </summary>
public sealed class ElasticsearchListingIndexTests
{
    private const string HostileText = "\"a\" OR b* title:x : (c) \\ {y} [z] AND NOT text:/re.*/ ~2 ^3";
    private static readonly ElasticsearchOptions Options = new() { IndexPrefix = "jm" };

    [Fact]
    public async Task Creates_one_index_per_kind_with_cjk_text_fields_and_english_sub_fields()
    {
        var invoker = new RecordingInvoker();

        await Create(invoker).InitializeAsync();

        invoker
            .Requests.Select(r => (r.Method, r.PathOnly))
            .ShouldBe([
                ("HEAD", "/jm-achievement"),
                ("PUT", "/jm-achievement"),
                ("HEAD", "/jm-demand"),
                ("PUT", "/jm-demand"),
            ]);
        var created = JsonNode.Parse(invoker.Requests[1].Body)!;
        created["settings"]!["number_of_shards"]!.ToString().ShouldBe("1");
        var mapping = created["mappings"]!;
        mapping["dynamic"]!.GetValue<string>().ShouldBe("strict");
        foreach (var field in new[] { "title", "text", "keywords" })
        {
            var property = mapping["properties"]![field]!;
            property["type"]!.GetValue<string>().ShouldBe("text");
            property["analyzer"]!.GetValue<string>().ShouldBe("cjk");
            property["fields"]!["english"]!["type"]!.GetValue<string>().ShouldBe("text");
            property["fields"]!["english"]!["analyzer"]!.GetValue<string>().ShouldBe("english");
        }

        mapping["properties"]!["kind"]!["type"]!.GetValue<string>().ShouldBe("keyword");
        mapping["properties"]!["active"]!["type"]!.GetValue<string>().ShouldBe("boolean");
        var template = mapping["dynamic_templates"]![0]!["attributes_as_keywords"]!;
        template["path_match"]!.ToJsonString().ShouldContain("attributes.*");
        template["mapping"]!["type"]!.GetValue<string>().ShouldBe("keyword");
    }

    [Fact]
    public async Task Does_not_recreate_an_index_that_exists()
    {
        var invoker = new RecordingInvoker(_ => (200, "{}"));

        await Create(invoker).InitializeAsync();

        invoker.Requests.Select(r => r.Method).ShouldBe(["HEAD", "HEAD"]);
    }

    [Fact]
    public async Task An_index_another_replica_created_meanwhile_is_taken_as_created()
    {
        var invoker = new RecordingInvoker(request =>
            request.Method switch
            {
                "HEAD" => (404, ""),
                _ => (400, """{"error":{"type":"resource_already_exists_exception","reason":"exists"},"status":400}"""),
            }
        );

        await Create(invoker).InitializeAsync();

        invoker.Requests.Count(r => r.Method == "PUT").ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_index_creation_fails_naming_the_index_and_the_reason()
    {
        var invoker = new RecordingInvoker(request =>
            request.Method switch
            {
                "HEAD" => (404, ""),
                _ => (400, """{"error":{"type":"mapper_parsing_exception","reason":"bad mapping"},"status":400}"""),
            }
        );

        var failure = await Should.ThrowAsync<ElasticsearchException>(() => Create(invoker).InitializeAsync());

        failure.Message.ShouldContain("jm-achievement");
        failure.Message.ShouldContain("mapper_parsing_exception");
    }

    [Fact]
    public async Task Counts_a_kind_with_the_count_api_of_its_index()
    {
        var invoker = new RecordingInvoker(request =>
            request.Method == "HEAD" ? (200, "") : (200, """{"count":42,"_shards":{"total":1}}""")
        );

        var count = await Create(invoker).CountAsync(ListingKind.Demand);

        count.ShouldBe(42);
        invoker.Requests.Last().PathOnly.ShouldBe("/jm-demand/_count");
    }

    [Fact]
    public async Task Bulk_body_is_one_action_line_and_one_source_line_per_document()
    {
        var invoker = new RecordingInvoker();
        var document = new ListingDocument(
            Guid.NewGuid(),
            ListingKind.Demand,
            "标题 \"quoted\"",
            HostileText,
            ["关键词", "sensor"],
            true,
            new Dictionary<string, string> { [ListingAttributes.Province] = "Hebei" }
        );

        await Create(invoker).UpsertAsync([document]);

        var bulk = invoker.Requests.Single(r => r.PathOnly == "/_bulk");
        bulk.Query.ShouldNotContain("refresh");
        var lines = bulk.Body.Split('\n');
        lines.Length.ShouldBe(3);
        lines[2].ShouldBeEmpty();
        var action = JsonNode.Parse(lines[0])!["index"]!;
        action["_index"]!.GetValue<string>().ShouldBe("jm-demand");
        action["_id"]!.GetValue<string>().ShouldBe(document.Id.ToString());
        var source = JsonNode.Parse(lines[1])!;
        source["text"]!.GetValue<string>().ShouldBe(HostileText);
        source["title"]!.GetValue<string>().ShouldBe("标题 \"quoted\"");
        source["keywords"]!.AsArray().Select(k => k!.GetValue<string>()).ShouldBe(["关键词", "sensor"]);
        source["kind"]!.GetValue<string>().ShouldBe("demand");
        source["active"]!.GetValue<bool>().ShouldBeTrue();
        source["attributes"]!["province"]!.GetValue<string>().ShouldBe("Hebei");
        source
            .AsObject()
            .Select(p => p.Key)
            .Order()
            .ShouldBe(["active", "attributes", "keywords", "kind", "text", "title"]);
    }

    [Theory]
    [InlineData(RefreshPolicy.WaitFor, "refresh=wait_for")]
    [InlineData(RefreshPolicy.Immediate, "refresh=true")]
    public async Task Writes_carry_the_configured_refresh_policy(RefreshPolicy refresh, string parameter)
    {
        var invoker = new RecordingInvoker();
        var index = new ElasticsearchListingIndex(Options with { Refresh = refresh }, invoker);

        await index.UpsertAsync([Listings.Achievement("t", "x")]);
        await index.RemoveAsync(ListingKind.Achievement, Guid.NewGuid());

        invoker.Requests.Where(r => r.PathOnly == "/_bulk").Select(r => r.Query).ShouldBe([parameter, parameter]);
    }

    [Fact]
    public async Task Removing_is_a_bulk_delete_and_a_missing_document_is_no_error()
    {
        var id = Guid.NewGuid();
        var invoker = new RecordingInvoker(request =>
            request.Method == "HEAD"
                ? (200, "")
                : (
                    200,
                    $$$"""
                    {"errors":false,"items":[
                      {"delete":{"_index":"jm-achievement","_id":"{{{id}}}","status":404,"result":"not_found"}}]}
                    """
                )
        );

        await Create(invoker).RemoveAsync(ListingKind.Achievement, id);

        var bulk = invoker.Requests.Single(r => r.PathOnly == "/_bulk");
        var action = JsonNode.Parse(bulk.Body.Split('\n')[0])!["delete"]!;
        action["_index"]!.GetValue<string>().ShouldBe("jm-achievement");
        action["_id"]!.GetValue<string>().ShouldBe(id.ToString());
        bulk.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Search_puts_hostile_text_only_into_the_more_like_this_like_string()
    {
        var invoker = new RecordingInvoker();
        var filter = new ListingFilter(ListingKind.Achievement)
        {
            Attributes = new Dictionary<string, string> { [ListingAttributes.Industry] = "电子信息-人工智能" },
        };

        await Create(invoker).SearchAsync(new ListingQuery(HostileText, filter, 7));

        var search = invoker.Requests.Single(r => r.PathOnly == "/jm-achievement/_search");
        search.Body.ShouldNotContain("query_string");
        search.Query.ShouldNotContain("q=");
        var body = JsonNode.Parse(search.Body)!;
        body["size"]!.GetValue<int>().ShouldBe(7);
        body["_source"]!.GetValue<bool>().ShouldBeFalse();
        StringValues(body).Where(v => v.Contains("OR b*", StringComparison.Ordinal)).ShouldBe([HostileText]);
        var boolQuery = body["query"]!["bool"]!;
        boolQuery.AsObject().Select(p => p.Key).Order().ShouldBe(["filter", "must"]);
        var must = Clauses(boolQuery["must"]).ShouldHaveSingleItem().AsObject();
        must.Select(p => p.Key).ShouldBe(["more_like_this"]);
        var moreLikeThis = must["more_like_this"]!;
        LikeTexts(moreLikeThis["like"]!).ShouldBe([HostileText]);
        moreLikeThis["fields"]!
            .AsArray()
            .Select(f => f!.GetValue<string>())
            .ShouldBe(["title", "keywords", "text", "title.english", "keywords.english", "text.english"]);
        moreLikeThis["max_query_terms"]!.GetValue<int>().ShouldBe(Options.MaxQueryTerms);
        moreLikeThis["min_term_freq"]!.GetValue<int>().ShouldBe(1);
        moreLikeThis["min_doc_freq"]!.GetValue<int>().ShouldBe(1);
        moreLikeThis["minimum_should_match"]!.ToString().ShouldBe("1");
        var filters = Clauses(boolQuery["filter"]).Select(Term).ToList();
        filters.ShouldBe(["kind=achievement", "active=true", "attributes.industry=电子信息-人工智能"]);
        var highlight = body["highlight"]!;
        highlight["pre_tags"]!.AsArray().Single()!.GetValue<string>().ShouldBe(ListingSearch.HighlightStart);
        highlight["post_tags"]!.AsArray().Single()!.GetValue<string>().ShouldBe(ListingSearch.HighlightEnd);
        highlight["number_of_fragments"]!.GetValue<int>().ShouldBe(0);
        HighlightedFields(highlight["fields"]!).ShouldBe(["title", "keywords", "text"]);
    }

    [Fact]
    public async Task Inactive_listings_are_searched_only_when_asked_for()
    {
        var invoker = new RecordingInvoker();
        var filter = new ListingFilter(ListingKind.Demand) { ActiveOnly = false };

        await Create(invoker).SearchAsync(new ListingQuery("锂电池回收", filter));

        var body = JsonNode.Parse(invoker.Requests.Single(r => r.PathOnly == "/jm-demand/_search").Body)!;
        Clauses(body["query"]!["bool"]!["filter"]).Select(Term).ShouldBe(["kind=demand"]);
    }

    [Fact]
    public async Task Empty_text_or_no_room_for_hits_sends_no_search()
    {
        var invoker = new RecordingInvoker();
        var index = Create(invoker);

        (await index.SearchAsync(new ListingQuery("  ", new ListingFilter(ListingKind.Demand)))).ShouldBeEmpty();
        (await index.SearchAsync(new ListingQuery("减振", new ListingFilter(ListingKind.Demand), 0))).ShouldBeEmpty();

        invoker.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Reads_hits_scores_and_highlighted_terms_from_the_response()
    {
        var id = Guid.NewGuid();
        var other = Guid.NewGuid();
        var response = $$$"""
            {"took":3,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":2,"relation":"eq"},"max_score":4.0,"hits":[
              {"_index":"jm-achievement","_id":"{{{id}}}","_score":4.0,
               "highlight":{"text":["液压\u0002减振\u0003器，\u0002阻尼\u0003可调，\u0002减振\u0003"],
                            "title":["\u0002Damper\u0003"]}},
              {"_index":"jm-achievement","_id":"{{{other}}}","_score":1.0}
            ]}}
            """;
        var invoker = new RecordingInvoker(request => request.Method == "HEAD" ? (200, "") : (200, response));

        var hits = await Create(invoker)
            .SearchAsync(new ListingQuery("减振 阻尼", new ListingFilter(ListingKind.Achievement)));

        hits.Count.ShouldBe(2);
        hits[0].Id.ShouldBe(id);
        hits[0].Score.ShouldBe(4.0);
        hits[0].Relevance.ShouldBe(1.0);
        hits[0].MatchedTerms.ShouldBe(["减振", "damper", "阻尼"]);
        hits[1].Id.ShouldBe(other);
        hits[1].Relevance.ShouldBe(0.25);
        hits[1].MatchedTerms.ShouldBeEmpty();
    }

    [Fact]
    public async Task No_hits_is_an_empty_list()
    {
        var invoker = new RecordingInvoker(request =>
            request.Method == "HEAD"
                ? (200, "")
                : (
                    200,
                    """
                    {"took":1,"timed_out":false,
                     "hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]}}
                    """
                )
        );

        (await Create(invoker).SearchAsync(Listings.For(ListingKind.Demand, "石墨烯"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_rejected_bulk_item_fails_loudly()
    {
        var invoker = new RecordingInvoker(request =>
            request.Method == "HEAD"
                ? (200, "")
                : (
                    200,
                    """
                    {"took":2,"errors":true,"items":[
                      {"index":{"_index":"jm-achievement","_id":"1","status":201,"result":"created"}},
                      {"index":{"_index":"jm-achievement","_id":"2","status":400,
                        "error":{"type":"mapper_parsing_exception","reason":"failed to parse field [active]"}}}
                    ]}
                    """
                )
        );

        var failure = await Should.ThrowAsync<ElasticsearchException>(() =>
            Create(invoker).UpsertAsync([Listings.Achievement("t", "x"), Listings.Achievement("u", "y")])
        );

        failure.Message.ShouldContain("mapper_parsing_exception");
        failure.Message.ShouldContain("failed to parse field [active]");
    }

    [Fact]
    public async Task A_failed_search_fails_with_the_clusters_reason()
    {
        var invoker = new RecordingInvoker(request =>
            request.Method == "HEAD"
                ? (200, "")
                : (
                    400,
                    """
                    {"error":{"root_cause":[],"type":"search_phase_execution_exception","reason":"all shards failed"},
                     "status":400}
                    """
                )
        );

        var failure = await Should.ThrowAsync<ElasticsearchException>(() =>
            Create(invoker).SearchAsync(Listings.For(ListingKind.Demand, "石墨烯"))
        );

        failure.Message.ShouldContain("400");
        failure.Message.ShouldContain("search_phase_execution_exception");
    }

    [Fact]
    public async Task Index_and_query_settings_come_from_its_options()
    {
        var invoker = new RecordingInvoker();
        var options = new ElasticsearchOptions
        {
            IndexPrefix = "market",
            Shards = 3,
            MaxQueryTerms = 12,
            MinTermFrequency = 2,
            MinDocFrequency = 4,
            MinimumShouldMatch = "30%",
        };

        await new ElasticsearchListingIndex(options, invoker).SearchAsync(
            new ListingQuery("减振 阻尼", new ListingFilter(ListingKind.Demand))
        );

        var created = JsonNode.Parse(invoker.Requests.First(r => r.Method == "PUT").Body)!;
        created["settings"]!["number_of_shards"]!.ToString().ShouldBe("3");
        var search = JsonNode.Parse(invoker.Requests.Single(r => r.PathOnly == "/market-demand/_search").Body)!;
        var moreLikeThis = Clauses(search["query"]!["bool"]!["must"]).Single()["more_like_this"]!;
        moreLikeThis["max_query_terms"]!.GetValue<int>().ShouldBe(12);
        moreLikeThis["min_term_freq"]!.GetValue<int>().ShouldBe(2);
        moreLikeThis["min_doc_freq"]!.GetValue<int>().ShouldBe(4);
        moreLikeThis["minimum_should_match"]!.GetValue<string>().ShouldBe("30%");
    }

    private static ElasticsearchListingIndex Create(RecordingInvoker invoker) => new(Options, invoker);

    /// <summary>
    /// A bool query's occurrence: Elasticsearch takes one clause as an object or several as an array.
    /// </summary>
    private static List<JsonNode> Clauses(JsonNode? occurrence) =>
        occurrence is JsonArray items ? [.. items.Select(i => i!)] : [occurrence!];

    private static string Term(JsonNode? filter)
    {
        var term = filter!["term"]!.AsObject().Single();
        var value = term.Value is JsonObject full ? full["value"]! : term.Value!;
        return $"{term.Key}={value}";
    }

    private static IEnumerable<string> LikeTexts(JsonNode like) =>
        like is JsonArray items ? items.Select(i => i!.GetValue<string>()) : [like.GetValue<string>()];

    private static IEnumerable<string> HighlightedFields(JsonNode fields) =>
        fields is JsonArray items
            ? items.SelectMany(i => i!.AsObject().Select(p => p.Key))
            : fields.AsObject().Select(p => p.Key);

    private static IEnumerable<string> StringValues(JsonNode? node) =>
        node switch
        {
            JsonObject o => o.SelectMany(p => StringValues(p.Value)),
            JsonArray a => a.SelectMany(StringValues),
            JsonValue v when v.TryGetValue<string>(out var s) => [s],
            _ => [],
        };
}
