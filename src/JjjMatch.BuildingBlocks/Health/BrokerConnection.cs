using RabbitMQ.Client;

namespace JjjMatch.BuildingBlocks.Health;

/// <summary>
/// The readiness check's own connection to RabbitMQ, opened on first use and kept (a connection per probe would churn
/// the broker). The client's automatic recovery reopens it after an outage; until then opening a channel fails.
/// </summary>
internal sealed class BrokerConnection(Uri uri) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IConnection? connection;

    public async Task<IConnection> GetAsync(CancellationToken cancellationToken)
    {
        if (connection is { } open)
        {
            return open;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            var factory = new ConnectionFactory
            {
                Uri = uri,
                AutomaticRecoveryEnabled = true,
                RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            };
            return connection ??= await factory.CreateConnectionAsync("jjjmatch-health", cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        gate.Dispose();
    }
}
