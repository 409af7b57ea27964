using JjjMatch.Bench.Writes;

namespace JjjMatch.Bench.Tests.Writes;

/// <summary>
/// The writes benchmark against the real embedded host: its bodies must pass the API's rules, or the benchmark times
/// refusals instead of writes (it did once, when deadlines became dates).
/// </summary>
public sealed class WritesBenchmarkTests
{
    [Fact]
    public async Task A_small_round_creates_and_publishes_every_listing_without_an_error()
    {
        using var log = new StringWriter();

        var exit = await WritesBenchmark.RunAsync(
            new WritesOptions(Writes: 6, Rounds: 1, WarmupRounds: 0, WorkDirectory: null, Settings: []),
            log,
            CancellationToken.None
        );

        exit.ShouldBe(0, log.ToString());
        log.ToString().ShouldContain("errors: 0;");
        log.ToString().ShouldContain("caught up");
        log.ToString().ShouldContain("| create (POST /api/achievements, /api/demands) | 6 |");
    }
}
