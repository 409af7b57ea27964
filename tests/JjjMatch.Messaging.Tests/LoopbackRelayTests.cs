using System.Net;
using System.Net.Sockets;
using System.Text;
using JjjMatch.Testing;

namespace JjjMatch.Messaging.Tests;

/// <summary>
/// The relay the outage tests close in front of RabbitMQ: down must look as a stopped server does, to its own clients
/// only, and come back on the same port.
/// </summary>
public sealed class LoopbackRelayTests : IDisposable
{
    private readonly TcpListener echo = new(IPAddress.Loopback, 0);

    public LoopbackRelayTests()
    {
        echo.Start();
        _ = EchoAsync();
    }

    [Fact]
    public async Task Taken_down_it_resets_open_connections_and_refuses_new_ones_until_it_is_brought_back()
    {
        using var relay = new LoopbackRelay("127.0.0.1", ((IPEndPoint)echo.LocalEndpoint).Port);
        using var open = await ConnectAsync(relay.Port);
        (await RoundTripAsync(open, "before")).ShouldBe("before");

        relay.TakeDown();
        var reset = await Should.ThrowAsync<SocketException>(async () => await open.ReceiveAsync(new byte[64]));
        reset.SocketErrorCode.ShouldBe(SocketError.ConnectionReset);
        var refused = await Should.ThrowAsync<SocketException>(() => ConnectAsync(relay.Port));
        refused.SocketErrorCode.ShouldBe(SocketError.ConnectionRefused);
        using var direct = await ConnectAsync(((IPEndPoint)echo.LocalEndpoint).Port);
        (await RoundTripAsync(direct, "server")).ShouldBe("server", "the server itself stays up");

        relay.BringBack();
        using var again = await ConnectAsync(relay.Port);
        (await RoundTripAsync(again, "after")).ShouldBe("after");
    }

    public void Dispose() => echo.Stop();

    private static async Task<Socket> ConnectAsync(int port)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, port);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<string> RoundTripAsync(Socket socket, string text)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(text));
        var buffer = new byte[64];
        var read = await socket.ReceiveAsync(buffer);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static async Task EchoAsync(Socket client)
    {
        using (client)
        {
            var buffer = new byte[64];
            try
            {
                int read;
                while ((read = await client.ReceiveAsync(buffer)) > 0)
                {
                    await client.SendAsync(buffer.AsMemory(0, read));
                }
            }
            catch (SocketException)
            {
                // The relay reset its side.
            }
        }
    }

    private async Task EchoAsync()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await echo.AcceptSocketAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = EchoAsync(client);
        }
    }
}
