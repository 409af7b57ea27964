using System.Net;
using System.Net.Sockets;

namespace JjjMatch.Testing;

/// <summary>
/// A TCP relay on loopback in front of a server. <see cref="TakeDown"/> makes the server look down to whoever
/// connects through the relay, as a stopped server does (open connections reset, new ones refused), while it stays up
/// for everyone else, such as tests of other assemblies running at the same time; <see cref="BringBack"/> ends that.
/// </summary>
public sealed class LoopbackRelay : IDisposable
{
    private readonly DnsEndPoint server;

    // Bound and never listening: it keeps the port while the relay is down, so that no outgoing connection takes it.
    private readonly Socket reservation = new(SocketType.Stream, ProtocolType.Tcp);
    private readonly Lock gate = new();
    private TcpListener? listener;
    private CancellationTokenSource? links;

    public LoopbackRelay(string host, int port)
    {
        server = new DnsEndPoint(host, port);
        reservation.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        reservation.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)reservation.LocalEndPoint!).Port;
        BringBack();
    }

    public int Port { get; }

    public void TakeDown()
    {
        lock (gate)
        {
            listener?.Stop();
            listener = null;
            links?.Cancel();
            links = null;
        }
    }

    public void BringBack()
    {
        lock (gate)
        {
            if (listener is not null)
            {
                return;
            }

            links = new CancellationTokenSource();
            listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            _ = AcceptAsync(listener, links.Token);
        }
    }

    public void Dispose()
    {
        TakeDown();
        reservation.Dispose();
    }

    private async Task AcceptAsync(TcpListener from, CancellationToken down)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await from.AcceptSocketAsync(down);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client, down);
        }
    }

    private async Task RelayAsync(Socket client, CancellationToken down)
    {
        using var upstream = new Socket(SocketType.Stream, ProtocolType.Tcp);
        using var ends = CancellationTokenSource.CreateLinkedTokenSource(down);
        try
        {
            await upstream.ConnectAsync(server, ends.Token);
            Task[] copies = [CopyAsync(client, upstream, ends.Token), CopyAsync(upstream, client, ends.Token)];
            await Task.WhenAny(copies);
            await ends.CancelAsync();
            await Task.WhenAll(copies);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
            // The server refused, or the relay was taken down while connecting: the client is reset below.
        }

        // A zero linger turns the close into a reset, as a link that fails does.
        client.LingerState = new LingerOption(true, 0);
        client.Dispose();
    }

    private static async Task CopyAsync(Socket from, Socket to, CancellationToken token)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, token)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Either side gone, or the relay taken down: the link ends.
        }
    }
}
