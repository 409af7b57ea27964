using System.Text;
using JjjMatch.Matching.Engine.Search;
using JjjMatch.Matching.Engine.Search.Elasticsearch;

namespace JjjMatch.Matching.Tests.Engine.Search.Elasticsearch;

/// <summary>What the client's connection settings make of the options, seen on the requests it sends.</summary>
public sealed class ElasticsearchConnectionTests
{
    [Fact]
    public async Task An_api_key_signs_every_request()
    {
        var invoker = new RecordingInvoker();
        var options = new ElasticsearchOptions { ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAy" };

        await new ElasticsearchListingIndex(options, invoker).CountAsync(ListingKind.Achievement);

        invoker.Requests.ShouldNotBeEmpty();
        invoker.Requests.ShouldAllBe(r => r.Authorization == "ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAy");
    }

    [Fact]
    public async Task A_user_name_and_password_sign_in_with_basic_authentication()
    {
        var invoker = new RecordingInvoker();
        var options = new ElasticsearchOptions { Username = "jjjmatch", Password = "密码:secret" };

        await new ElasticsearchListingIndex(options, invoker).CountAsync(ListingKind.Achievement);

        var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes("jjjmatch:密码:secret"));
        invoker.Requests.ShouldAllBe(r => r.Authorization == $"Basic {expected}");
    }

    [Fact]
    public async Task Without_credentials_no_authorization_is_sent()
    {
        var invoker = new RecordingInvoker();

        await new ElasticsearchListingIndex(new ElasticsearchOptions(), invoker).CountAsync(ListingKind.Demand);

        invoker.Requests.ShouldAllBe(r => r.Authorization == null);
    }

    [Fact]
    public async Task Requests_go_to_the_configured_node_with_the_configured_timeout()
    {
        var invoker = new RecordingInvoker();
        var options = new ElasticsearchOptions
        {
            Url = "http://search.internal:9201/",
            RequestTimeout = TimeSpan.FromSeconds(7),
        };

        await new ElasticsearchListingIndex(options, invoker).CountAsync(ListingKind.Demand);

        invoker.Requests.ShouldAllBe(r => r.Uri.Authority == "search.internal:9201");
        invoker.Requests.ShouldAllBe(r => r.RequestTimeout == TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A_node_that_fails_is_left_for_the_next_one()
    {
        var invoker = new RecordingInvoker(request =>
            request.Uri.Host == "es1" ? (503, "")
            : request.Method == "HEAD" && request.Path != "/" ? (200, "")
            : (200, """{"count":3}""")
        );
        var options = new ElasticsearchOptions { Url = "http://es1:9200,http://es2:9200" };

        var count = await new ElasticsearchListingIndex(options, invoker).CountAsync(ListingKind.Demand);

        count.ShouldBe(3);
        invoker.Requests.Select(r => r.Uri.Host).Distinct().ShouldBe(["es1", "es2"]);
        invoker.Requests.Last().Uri.Host.ShouldBe("es2");
    }

    [Fact]
    public void A_certificate_fingerprint_is_handed_to_the_transport()
    {
        const string fingerprint = "9475CE4FEB05328340B818BB79017BE0F0B6C30157DB4DF5D8B8A6BABD6DC5C4";
        var options = new ElasticsearchOptions { Url = "https://es:9200", CertificateFingerprint = fingerprint };

        using var settings = ElasticsearchConnection.Settings(options);

        ((Elastic.Transport.ITransportConfiguration)settings).CertificateFingerprint.ShouldBe(fingerprint);
    }
}
