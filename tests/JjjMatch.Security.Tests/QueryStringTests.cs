using System.Net;
using System.Text.RegularExpressions;
using JjjMatch.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Security.Tests;

/// <summary>
/// A query string is checked as a body is (docs/api-errors.md): every wrong-typed value at once and every parameter a
/// route does not take, each by its camelCase name; on every API route.
/// </summary>
public sealed partial class QueryStringTests(SqliteMarket host) : IClassFixture<SqliteMarket>
{
    [Fact]
    public async Task Every_api_route_refuses_a_query_parameter_it_does_not_take()
    {
        var routes = ApiRoutes().ToList();
        routes.Count.ShouldBeGreaterThan(40);
        var missed = new List<string>();
        foreach (var (method, path) in routes)
        {
            var response = await AnswerAsync(method, path + "?pagesize=5&months=3");
            var body = await response.Content.ReadAsStringAsync();
            if (
                response.StatusCode != HttpStatusCode.BadRequest
                || !body.Contains("\"pagesize\"", StringComparison.Ordinal)
                || !body.Contains("\"months\"", StringComparison.Ordinal)
                || !body.Contains("Unknown query parameter", StringComparison.Ordinal)
            )
            {
                missed.Add($"{method} {path}: {(int)response.StatusCode} {body}");
            }
        }

        missed.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_wrong_value_of_a_query_string_is_reported_at_once()
    {
        var response = await host.CreateClient(TestAccounts.Intermediary)
            .GetAsync("/api/review/queue?minScore=high&maxAgeDays=week&page=x&pageSize=2.5&suggestedAfter=monday");

        var problem = await response.ShouldBeValidationProblemAsync("minScore");
        var errors = problem.GetProperty("errors");
        foreach (var name in new[] { "maxAgeDays", "page", "pageSize", "suggestedAfter" })
        {
            errors.TryGetProperty(name, out _).ShouldBeTrue(name);
        }

        errors.GetProperty("page")[0].GetString().ShouldBe("Must be a whole number");
        problem.GetProperty("errorsZh").GetProperty("page")[0].GetString().ShouldBe("须为整数");
        errors.GetProperty("suggestedAfter")[0].GetString()!.ShouldContain("ISO 8601");
    }

    [Fact]
    public async Task A_guessed_or_misspelled_parameter_is_named_and_the_known_ones_are_listed()
    {
        var deals = await host.CreateClient(TestAccounts.Operator).GetAsync("/api/deals?groupBy=decade");
        var problem = await deals.ShouldBeValidationProblemAsync("groupBy");
        problem.GetProperty("errors").GetProperty("groupBy")[0].GetString()!.ShouldContain("sellerProvince");

        await (await host.CreateClient().GetAsync("/api/demands?pagesize=5")).ShouldBeValidationProblemAsync(
            "pagesize"
        );
        (await host.CreateClient().GetAsync("/api/demands?pageSize=5&page=1&sort=-deadline")).StatusCode.ShouldBe(
            HttpStatusCode.OK
        );
    }

    /// <summary>The answer of the first account the route lets through (the query is checked after the role).</summary>
    private async Task<HttpResponseMessage> AnswerAsync(string method, string path)
    {
        HttpResponseMessage? last = null;
        foreach (
            var account in new[]
            {
                TestAccounts.Operator,
                TestAccounts.Intermediary,
                TestAccounts.Enterprise,
                TestAccounts.University,
            }
        )
        {
            last = await host.CreateClient(account).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            if (last.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
            {
                return last;
            }
        }

        return last!;
    }

    private IEnumerable<(string Method, string Path)> ApiRoutes()
    {
        var sources = host.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!pattern.StartsWith("/api/", StringComparison.Ordinal))
            {
                continue;
            }

            var path = RouteValue().Replace(pattern, _ => Guid.CreateVersion7().ToString());
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                yield return (method, path);
            }
        }
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();
}
