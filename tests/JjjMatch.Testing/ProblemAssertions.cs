using System.Net;
using System.Text.Json;
using Shouldly;

namespace JjjMatch.Testing;

public static class ProblemAssertions
{
    /// <summary>
    /// Asserts a 400 problem response whose "errors" name <paramref name="field"/>; returns the parsed body.
    /// </summary>
    public static async Task<JsonElement> ShouldBeValidationProblemAsync(
        this HttpResponseMessage response,
        string field
    )
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement;
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        fields.ShouldContain(field, $"errors named {string.Join(", ", fields)}");
        return problem;
    }

    public static async Task ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }
}
