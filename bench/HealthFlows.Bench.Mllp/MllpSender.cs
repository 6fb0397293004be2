using System.Net.Sockets;

namespace HealthFlows.Bench.Mllp;

/// <summary>One MLLP connection that sends a frame and waits for its ACK before the next (as HL7 senders do).</summary>
public sealed class MllpSender(int connection) : IAsyncDisposable
{
    private static readonly byte[] AcceptCode = "MSA|AA|"u8.ToArray();
    private readonly TcpClient client = new() { NoDelay = true };
    private readonly byte[] buffer = new byte[64 * 1024];
    private NetworkStream? stream;
    private long sequence;

    public long Accepted { get; private set; }

    public long Other { get; private set; }

    public async Task ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        await client.ConnectAsync(host, port, cancellationToken);
        stream = client.GetStream();
    }

    /// <summary>Sends messages until <paramref name="cancellationToken"/> fires; counts AA answers and everything else.</summary>
    public async Task RunAsync(Func<bool> counting, CancellationToken cancellationToken)
    {
        var net = stream ?? throw new InvalidOperationException("Connect first.");
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await net.WriteAsync(AdtMessages.Framed(connection, sequence++), cancellationToken);
                var length = await ReadFrameAsync(net, cancellationToken);
                if (!counting())
                {
                    continue;
                }

                if (buffer.AsSpan(0, length).IndexOf(AcceptCode) >= 0)
                {
                    Accepted++;
                }
                else
                {
                    Other++;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run's time is up.
        }
    }

    // Reads until the end block 0x1C 0x0D; an ACK is small, so one buffer holds it.
    private async Task<int> ReadFrameAsync(NetworkStream net, CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            var read = await net.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                throw new IOException("The server closed the connection.");
            }

            length += read;
            if (length >= 2 && buffer[length - 2] == 0x1C && buffer[length - 1] == 0x0D)
            {
                return length;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
