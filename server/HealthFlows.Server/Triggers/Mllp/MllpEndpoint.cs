using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>
/// One listening TCP port: accepts connections from allowed sources up to the maximum (others are closed at once),
/// optionally over TLS, and serves each with an <see cref="MllpConnection"/>.
/// </summary>
internal sealed partial class MllpEndpoint : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly SourceAddressFilter _sources;
    private readonly X509Certificate2? _certificate;
    private readonly MllpMessageHandler _handler;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Socket, Task?> _connections = new();
    private MllpBinding _binding;
    private Task _acceptLoop = Task.CompletedTask;
    private int _open;

    public MllpEndpoint(IPAddress bindAddress, MllpBinding binding, SourceAddressFilter sources, X509Certificate2? certificate, MllpMessageHandler handler, TimeProvider clock, ILogger logger)
    {
        _listener = new TcpListener(bindAddress, binding.Settings.Port);
        _binding = binding;
        _sources = sources;
        _certificate = certificate;
        _handler = handler;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The version and settings served; a newer published version with the same settings replaces it in place.</summary>
    public MllpBinding Binding
    {
        get => Volatile.Read(ref _binding);
        set => Volatile.Write(ref _binding, value);
    }

    /// <summary>Binds the port; throws <see cref="SocketException"/> when it is taken.</summary>
    public void Start()
    {
        _listener.Start(backlog: 512);
        _acceptLoop = AcceptLoopAsync();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception ex) when (_stopping.IsCancellationRequested && ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException ex)
            {
                LogAcceptFailed(_logger, Binding.Settings.Port, ex.SocketErrorCode.ToString());
                continue;
            }

            Admit(socket);
        }
    }

    private void Admit(Socket socket)
    {
        var remote = (IPEndPoint)socket.RemoteEndPoint!;
        var settings = Binding.Settings;
        if (!_sources.Allows(remote.Address))
        {
            LogSourceRefused(_logger, settings.Port, remote.Address.ToString());
            socket.Dispose();
            return;
        }

        if (Interlocked.Increment(ref _open) > settings.MaxConnections)
        {
            Interlocked.Decrement(ref _open);
            LogTooManyConnections(_logger, settings.Port, settings.MaxConnections);
            socket.Dispose();
            return;
        }

        socket.NoDelay = true;
        _connections[socket] = null;
        _connections.TryUpdate(socket, ServeAsync(socket, remote), null);
    }

    private async Task ServeAsync(Socket socket, IPEndPoint remote)
    {
        await Task.Yield();
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            if (_certificate is not null)
            {
                stream = await AuthenticateAsync(stream);
            }

            await new MllpConnection(stream, remote.ToString(), () => Binding, _handler, _clock).RunAsync(_stopping.Token);
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException or OperationCanceledException)
        {
            LogConnectionEnded(_logger, Binding.Settings.Port, remote.Address.ToString(), ex.GetType().Name);
        }
        catch (Exception ex)
        {
            // Only the type: an exception's text could quote the message being handled.
            LogConnectionFailed(_logger, Binding.Settings.Port, remote.Address.ToString(), ex.GetType().FullName ?? ex.GetType().Name);
        }
        finally
        {
            await stream.DisposeAsync();
            _connections.TryRemove(socket, out _);
            Interlocked.Decrement(ref _open);
        }
    }

    private async Task<Stream> AuthenticateAsync(Stream network)
    {
        var tls = new SslStream(network, leaveInnerStreamOpen: false);
        using var handshake = new CancellationTokenSource(Binding.Settings.IdleTimeout, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(handshake.Token, _stopping.Token);
        try
        {
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, linked.Token);
            return tls;
        }
        catch
        {
            await tls.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops listening and closes every open connection (after the message each is answering, if any).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        await Task.WhenAll(_connections.Values.OfType<Task>());
        _listener.Dispose();
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MLLP port {Port}: accepting a connection failed ({Error}).")]
    private static partial void LogAcceptFailed(ILogger logger, int port, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MLLP port {Port}: a connection from {Address} was refused; it is not an allowed source.")]
    private static partial void LogSourceRefused(ILogger logger, int port, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MLLP port {Port}: a connection was refused; {Max} are open already.")]
    private static partial void LogTooManyConnections(ILogger logger, int port, int max);

    [LoggerMessage(Level = LogLevel.Error, Message = "MLLP port {Port}: the connection from {Address} failed with {ExceptionType} and was closed.")]
    private static partial void LogConnectionFailed(ILogger logger, int port, string address, string exceptionType);

    [LoggerMessage(Level = LogLevel.Debug, Message = "MLLP port {Port}: the connection from {Address} ended ({Reason}).")]
    private static partial void LogConnectionEnded(ILogger logger, int port, string address, string reason);
}
