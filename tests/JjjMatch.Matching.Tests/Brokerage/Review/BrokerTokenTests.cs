using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JjjMatch.Host.Cli;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Brokerage.Review;

/// <summary>
/// A broker token issued by the <c>token</c> command: the coverage it names is what its queue shows. The command
/// prints to the shared console, so this class runs alone.
/// </summary>
[Collection(BrokerTokenCollection.Name)]
public sealed class BrokerTokenTests(SqliteReviewHost host) : IClassFixture<SqliteReviewHost>
{
    private readonly ReviewPairs pairs = new(host);

    [Fact]
    public async Task A_broker_token_for_hebei_sees_only_pairs_with_a_side_in_hebei()
    {
        var hebei = await pairs.SuggestedAsync("beijing", "hebei", "电子信息-人工智能");
        var tianjin = await pairs.SuggestedAsync("tianjin", "tianjin", "电子信息-人工智能");
        var beijing = await pairs.SuggestedAsync("beijing", "beijing", "电子信息-人工智能");

        var queue = await QueueAsync(await TokenAsync("--regions", "hebei", "--industries", "电子信息"));

        queue.ShouldContain(hebei.Match);
        queue.ShouldNotContain(tianjin.Match);
        queue.ShouldNotContain(beijing.Match);
        var steel = await QueueAsync(await TokenAsync("--regions", "hebei", "--industries", "钢铁"));
        steel.ShouldNotContain(hebei.Match);
        var wide = await QueueAsync(await TokenAsync("--regions", "beijing,tianjin", "--industries", "电子信息"));
        wide.ShouldContain(hebei.Match);
        wide.ShouldContain(tianjin.Match);
        wide.ShouldContain(beijing.Match);
    }

    [Fact]
    public async Task The_broker_may_claim_a_pair_in_its_coverage_and_no_other()
    {
        var hebei = await pairs.SuggestedAsync("hebei", "hebei", "电子信息-人工智能");
        var tianjin = await pairs.SuggestedAsync("tianjin", "tianjin", "电子信息-人工智能");
        var client = Client(await TokenAsync("--regions", "hebei", "--industries", "电子信息"));

        (await ReviewPairs.StepAsync(client, hebei.Match, "claim")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReviewPairs.StepAsync(client, tianjin.Match, "claim")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<string> TokenAsync(params string[] coverage)
    {
        var (exit, output, errors) = await CommandLineRunner.RunAsync(
            CommandLine.RunAsync,
            [
                "token",
                "--role",
                "intermediary",
                "--organisation",
                Guid.NewGuid().ToString(),
                .. coverage,
                "--set",
                $"Auth:SigningKey={TestAccounts.SigningKey}",
            ]
        );
        exit.ShouldBe(0, errors);
        return output
            .Split('\n', StringSplitOptions.TrimEntries)
            .Last(l => l.StartsWith("eyJ", StringComparison.Ordinal));
    }

    private HttpClient Client(string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private async Task<List<Guid>> QueueAsync(string token)
    {
        var page = await Client(token).GetFromJsonAsync<JsonElement>("/api/review/queue?pageSize=100");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerTokenCollection
{
    public const string Name = "broker tokens (shared console)";
}
