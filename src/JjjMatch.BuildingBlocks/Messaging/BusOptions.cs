namespace JjjMatch.BuildingBlocks.Messaging;

public enum BusTransport
{
    InMemory,
    RabbitMq,
}

/// <summary>Configuration section "Bus".</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    /// <summary>In-memory suits one process hosting every service; separate processes need RabbitMQ.</summary>
    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    public string RabbitMqUri { get; set; } = "amqp://guest:guest@127.0.0.1:5672/";

    /// <summary>Immediate redeliveries before a message goes to its queue's _error queue.</summary>
    public int RetryLimit { get; set; } = 3;

    /// <summary>
    /// Hold start-up until the bus is connected and its queues exist. Off by default: a service should start
    /// (and accept writes into its outbox) while the broker is down.
    /// </summary>
    public bool WaitUntilStarted { get; set; }

    /// <summary>
    /// Messages this process consumes at once over all its consumers; 0 (the default) means half the processor
    /// count, at least one, so that callers of the API keep a core while consumers catch up after a burst.
    /// </summary>
    public int ConcurrentConsumers { get; set; }

    /// <summary>
    /// How long a consumer may wait for the process's HTTP callers to be answered before it starts; zero turns the
    /// wait off. Bounded so that callers who never pause cannot hold the matcher's work back for longer.
    /// </summary>
    public TimeSpan ConsumersYieldFor { get; set; } = TimeSpan.FromSeconds(1);

    public int EffectiveConcurrentConsumers =>
        ConcurrentConsumers > 0 ? ConcurrentConsumers : Math.Max(1, Environment.ProcessorCount / 2);
}
