using JjjMatch.Matching.Engine.Search.Elasticsearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JjjMatch.Matching.Tests.Engine.Search.Elasticsearch;

public sealed class ElasticsearchHealthCheckTests
{
    [Fact]
    public async Task A_cluster_that_answers_the_ping_is_healthy()
    {
        var invoker = new RecordingInvoker(_ => (200, ""));

        var result = await Check(invoker);

        result.Status.ShouldBe(HealthStatus.Healthy);
        invoker
            .Requests.ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(r => r.Method.ShouldBe("HEAD"), r => r.PathOnly.ShouldBe("/"));
    }

    [Fact]
    public async Task A_cluster_that_does_not_answer_fails_readiness_saying_why()
    {
        var invoker = new RecordingInvoker(_ =>
            (401, """{"error":{"type":"security_exception","reason":"unable to authenticate"},"status":401}""")
        );

        var result = await Check(invoker);

        result.Status.ShouldBe(HealthStatus.Unhealthy);
        result.Description.ShouldNotBeNull().ShouldContain("401");
    }

    [Fact]
    public void The_readiness_check_named_elasticsearch_exists_only_with_the_elasticsearch_index()
    {
        ReadinessChecks("Elasticsearch").ShouldContain(ElasticsearchHealthCheck.Name);
        ReadinessChecks("Embedded").ShouldNotContain(ElasticsearchHealthCheck.Name);
    }

    private static Task<HealthCheckResult> Check(RecordingInvoker invoker)
    {
        var check = new ElasticsearchHealthCheck(new ElasticsearchListingIndex(new ElasticsearchOptions(), invoker));
        var registration = new HealthCheckRegistration(ElasticsearchHealthCheck.Name, check, null, ["ready"]);
        return check.CheckHealthAsync(new HealthCheckContext { Registration = registration });
    }

    private static List<string> ReadinessChecks(string provider)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Search:Provider"] = provider })
            .Build();
        var services = new ServiceCollection();
        new MatchingModule().AddServices(services, configuration);
        using var provider1 = services.BuildServiceProvider();
        return
        [
            .. provider1
                .GetRequiredService<IOptions<HealthCheckServiceOptions>>()
                .Value.Registrations.Where(r => r.Tags.Contains("ready"))
                .Select(r => r.Name),
        ];
    }
}
