using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using HealthFlows.Hl7;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>A plain MLLP client over a real TCP connection: writes frames (or any bytes) and reads framed answers.</summary>
public sealed class MllpTestClient : IAsyncDisposable
{
    // A guard against a hung test, not a wait for something to happen: answers come back in milliseconds.
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(15);

    private readonly TcpClient _tcp;
    private readonly List<byte> _pending = [];

    private MllpTestClient(TcpClient tcp, Stream stream)
    {
        _tcp = tcp;
        Stream = stream;
    }

    public Stream Stream { get; }

    public static async Task<MllpTestClient> ConnectAsync(int port, bool tls = false)
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
        Stream stream = tcp.GetStream();
        if (tls)
        {
            var ssl = new SslStream(stream, leaveInnerStreamOpen: false, (_, _, _, _) => true);
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost" }, TestContext.Current.CancellationToken);
            stream = ssl;
        }

        return new MllpTestClient(tcp, stream);
    }

    public static byte[] Frame(byte[] message) => [0x0B, .. message, 0x1C, 0x0D];

    public static byte[] Frame(string message, Encoding? encoding = null) => Frame((encoding ?? Encoding.UTF8).GetBytes(message));

    public async Task WriteAsync(byte[] bytes)
    {
        await Stream.WriteAsync(bytes, TestContext.Current.CancellationToken);
        await Stream.FlushAsync(TestContext.Current.CancellationToken);
    }

    public Task SendAsync(string message, Encoding? encoding = null) => WriteAsync(Frame(message, encoding));

    /// <summary>Sends a message and reads the one answer expected.</summary>
    public async Task<Hl7Message> ExchangeAsync(string message, Encoding? encoding = null)
    {
        await SendAsync(message, encoding);
        return await ReadAckAsync();
    }

    /// <summary>Reads the next framed answer and parses it; fails when the server closes first.</summary>
    public async Task<Hl7Message> ReadAckAsync()
    {
        var frame = await ReadFrameAsync() ?? throw new Xunit.Sdk.XunitException("The server closed the connection instead of answering.");
        var parsed = Hl7Parser.Parse(frame);
        Assert.True(parsed.IsValid, "The ACK does not parse: " + string.Join("; ", parsed.Errors));
        return parsed.Message!;
    }

    /// <summary>The next frame's content, or null when the server closed the connection.</summary>
    public async Task<byte[]?> ReadFrameAsync()
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(ReadLimit);
        var buffer = new byte[4096];
        while (true)
        {
            var start = _pending.IndexOf(0x0B);
            var end = start < 0 ? -1 : _pending.IndexOf(0x1C, start);
            if (end >= 0 && end + 1 < _pending.Count && _pending[end + 1] == 0x0D)
            {
                var content = _pending.GetRange(start + 1, end - start - 1).ToArray();
                _pending.RemoveRange(0, end + 2);
                return content;
            }

            int read;
            try
            {
                read = await Stream.ReadAsync(buffer, limit.Token);
            }
            catch (IOException)
            {
                return null;
            }

            if (read == 0)
            {
                return null;
            }

            _pending.AddRange(buffer.AsSpan(0, read));
        }
    }

    /// <summary>True when the server closed the connection (end of stream or reset) before sending anything more.</summary>
    public async Task<bool> IsClosedByServerAsync() => await ReadFrameAsync() is null;

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        _tcp.Dispose();
    }
}
