using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace JjjMatch.BuildingBlocks.Observability;

/// <summary>
/// The product's own instruments, on the meter "JjjMatch": read them live with
/// <c>dotnet-counters monitor -n JjjMatch.Host --counters JjjMatch</c>, or with any OpenTelemetry collector.
/// </summary>
public static class JjjMetrics
{
    public const string MeterName = "JjjMatch";

    private static readonly Meter Meter = new(MeterName);
    private static readonly ConcurrentDictionary<string, (long Pending, double OldestAgeSeconds)> Backlogs = new();

    public static readonly Counter<long> ConsumerFailures = Meter.CreateCounter<long>(
        "jjjmatch.consumer.failures",
        description: "Consume attempts that threw (each retry counts)"
    );

    public static readonly Counter<long> InboxDuplicates = Meter.CreateCounter<long>(
        "jjjmatch.inbox.duplicates",
        description: "Events a consumer had applied already and dropped (redeliveries, a message two replicas got)"
    );

    public static readonly Counter<long> OutboxPublished = Meter.CreateCounter<long>(
        "jjjmatch.outbox.published",
        description: "Outbox rows handed to the broker (a row published again after a crash counts again)"
    );

    public static readonly Counter<long> SuggestionsMade = Meter.CreateCounter<long>(
        "jjjmatch.matching.suggestions",
        description: "New suggestions (rate = suggestions per minute)"
    );

    public static readonly Histogram<double> MatchLatency = Meter.CreateHistogram<double>(
        "jjjmatch.matching.latency",
        unit: "ms",
        description: "From a listing's change to its suggestions being stored"
    );

    static JjjMetrics()
    {
        Meter.CreateObservableGauge(
            "jjjmatch.outbox.pending",
            () => Backlogs.Select(b => new Measurement<long>(b.Value.Pending, Tag(b.Key))),
            description: "Outbox rows not yet published"
        );
        Meter.CreateObservableGauge(
            "jjjmatch.outbox.oldest_age",
            () => Backlogs.Select(b => new Measurement<double>(b.Value.OldestAgeSeconds, Tag(b.Key))),
            unit: "s",
            description: "Age of the oldest unpublished outbox row"
        );
    }

    public static void ReportBacklog(string database, long pending, double oldestAgeSeconds) =>
        Backlogs[database] = (pending, oldestAgeSeconds);

    private static KeyValuePair<string, object?> Tag(string database) => new("database", database);
}
