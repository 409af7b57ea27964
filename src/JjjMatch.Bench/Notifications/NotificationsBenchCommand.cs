using System.CommandLine;
using System.Globalization;
using JjjMatch.Bench.Speed;

namespace JjjMatch.Bench.Notifications;

/// <summary>
/// <c>notifications [--searches N] [--listings M] [--deliveries D]</c>: the saved-search reverse search and the webhook
/// dispatcher; prints a Markdown table with the machine and its load.
/// </summary>
public static class NotificationsBenchCommand
{
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
        var command = new Command("notifications", "Saved-search matching and webhook dispatch speed")
        {
            searches,
            listings,
            deliveries,
        };
        command.SetAction(async parse =>
        {
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine($"Machine: {MachineInfo.Describe()}; load average before: {MachineInfo.LoadAverage()}");
            var percolation = PercolationPhase.Run(parse.GetValue(searches), parse.GetValue(listings), seed: 20261207);
            var dispatch = await DispatcherPhase.RunAsync(parse.GetValue(deliveries), Path.GetTempPath());
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
            Console.WriteLine($"Load average after: {MachineInfo.LoadAverage()}");
            return l.P95 <= 5 && dispatch.PerSecond >= 500 && dispatch.Received == dispatch.Deliveries ? 0 : 1;
        });
        return command;
    }
}
