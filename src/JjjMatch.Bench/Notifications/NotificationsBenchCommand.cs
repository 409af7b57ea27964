using System.CommandLine;
using System.Globalization;
using JjjMatch.Bench.Speed;
using JjjMatch.Bench.Speed.Generation;

namespace JjjMatch.Bench.Notifications;

/// <summary>
/// <c>notifications [--searches N] [--listings M] [--deliveries D]</c>: the saved-search reverse search and the webhook
/// dispatcher; prints a Markdown table with the machine and its load.
/// </summary>
public static class NotificationsBenchCommand
{
    private static string Verdict(bool met) => met ? "met" : "MISSED";

    public static Command Create()
    {
        var searches = new Option<int>("--searches")
        {
            Description = "Saved searches stored",
            DefaultValueFactory = _ => 100_000,
        }.Positive();
        var listings = new Option<int>("--listings")
        {
            Description = "New listings checked against all of them, each timed",
            DefaultValueFactory = _ => 2000,
        }.Positive();
        var deliveries = new Option<int>("--deliveries")
        {
            Description = "Webhook deliveries sent by the dispatcher to a loopback receiver",
            DefaultValueFactory = _ => 5000,
        }.Positive();
        var dataset = new Option<DirectoryInfo>("--dataset")
        {
            Description =
                "Real listing texts for the saved searches and the listings checked (achievements.jsonl), e.g. "
                + "../shared/data/bench/zhibei-listings; generated titles without it",
        };
        dataset.AcceptExistingOnly();
        var publishes = new Option<int>("--publishes")
        {
            Description = "Achievements published in the end-to-end run over RabbitMQ (0 skips it)",
            DefaultValueFactory = _ => 200,
        };
        var rate = new Option<double>("--rate")
        {
            Description = "Publishes per second in the end-to-end run",
            DefaultValueFactory = _ => 10,
        };
        var rabbitMq = new Option<string?>("--rabbitmq")
        {
            Description =
                $"AMQP URI of a RabbitMQ broker for the end-to-end run (default: ${SpeedCommand.RabbitMqVariable}, "
                + "as tests/servers.sh sets it); without one the end-to-end target counts as missed",
        };
        var command = new Command("notifications", "Saved-search matching and webhook dispatch speed")
        {
            searches,
            dataset,
            publishes,
            rate,
            rabbitMq,
            listings,
            deliveries,
        };
        command.SetAction(async parse =>
        {
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine($"Machine: {MachineInfo.Describe()}; load average before: {MachineInfo.LoadAverage()}");
            const int seed = 20261207;
            IListingSource source = parse.GetValue(dataset) is { } folder
                ? DatasetListings.Load(folder.FullName, seed, DateTimeOffset.UtcNow)
                : new ListingGenerator(seed, DateTimeOffset.UtcNow);
            Console.WriteLine($"Listings: {source.Description}");
            var percolation = PercolationPhase.Run(source, parse.GetValue(searches), parse.GetValue(listings), seed);
            var dispatch = await DispatcherPhase.RunAsync(parse.GetValue(deliveries), Path.GetTempPath());
            var broker = parse.GetValue(rabbitMq) is { Length: > 0 } given
                ? given
                : Environment.GetEnvironmentVariable(SpeedCommand.RabbitMqVariable);
            EndToEndPhase.Result? endToEnd =
                broker is { Length: > 0 } && parse.GetValue(publishes) > 0
                    ? await EndToEndPhase.RunAsync(
                        broker,
                        parse.GetValue(publishes),
                        parse.GetValue(rate),
                        Path.GetTempPath()
                    )
                    : null;
            Console.WriteLine("| measure | figure |");
            Console.WriteLine("|---|---|");
            Console.WriteLine(
                string.Create(
                    inv,
                    $"| saved searches indexed | {percolation.Searches} in {percolation.BuildSeconds:0.0} s |"
                )
            );
            var l = percolation.Latency;
            Console.WriteLine(
                string.Create(
                    inv,
                    $"| one listing against all (ms, {l.Count} listings) | p50 {l.P50:0.000}, p95 {l.P95:0.000}, "
                        + $"p99 {l.P99:0.000}, max {l.Max:0.000}; {percolation.MeanHits:0.0} hits per listing |"
                )
            );
            Console.WriteLine(
                string.Create(
                    inv,
                    $"| webhook dispatcher to loopback | {dispatch.Deliveries} in {dispatch.Seconds:0.00} s = "
                        + $"{dispatch.PerSecond:0} deliveries/s ({dispatch.Received} received) |"
                )
            );
            if (endToEnd is { } e)
            {
                Console.WriteLine(
                    string.Create(
                        inv,
                        $"| listing published -> webhook received over RabbitMQ (ms, {e.Received} of {e.Published}) | "
                            + $"p50 {e.Latency.P50:0}, p95 {e.Latency.P95:0}, p99 {e.Latency.P99:0}, "
                            + $"max {e.Latency.Max:0} |"
                    )
                );
            }

            var load = MachineInfo.LoadAverage();
            Console.WriteLine($"Load average after: {load}");
            var percolated = l.P95 <= 5;
            var dispatched = dispatch.PerSecond >= 500 && dispatch.Received == dispatch.Deliveries;
            var delivered = endToEnd is { } run && run.Received == run.Published && run.Latency.P95 <= 500;
            var endToEndText = endToEnd is { } f
                ? string.Create(inv, $"{f.Latency.P95:0} ms, {f.Received}/{f.Published}")
                : "not run";
            Console.WriteLine(
                string.Create(
                    inv,
                    $"SUMMARY notifications: percolation p95 {l.P95:0.00} ms (<= 5) {Verdict(percolated)}; "
                        + $"dispatcher {dispatch.PerSecond:0}/s (>= 500) {Verdict(dispatched)}; "
                        + $"end to end p95 {endToEndText} (<= 500 ms) {Verdict(delivered)}; load {load}"
                )
            );
            return percolated && dispatched && delivered ? 0 : 1;
        });
        return command;
    }
}
