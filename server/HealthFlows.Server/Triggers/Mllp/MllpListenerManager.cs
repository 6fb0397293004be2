using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HealthFlows.Activities.Mllp;
using HealthFlows.Runtime.Triggers;
using Microsoft.Extensions.Primitives;
using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>
/// Keeps one TCP listener open per port claimed by a published workflow whose start node is an MLLP Listener:
/// opened at start-up, and opened, re-pointed or closed at once when a version is published or a definition deleted.
/// </summary>
internal sealed partial class MllpListenerManager(
    MllpWorkflowFinder finder,
    TriggerCatalog catalog,
    MllpMessageHandler handler,
    IOptions<MllpOptions> options,
    TimeProvider clock,
    ILoggerFactory loggers) : IHostedService
{
    private readonly ILogger _logger = loggers.CreateLogger<MllpListenerManager>();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<int, MllpEndpoint> _endpoints = [];
    private X509Certificate2? _certificate;
    private bool _started;
    private IDisposable? _changes;

    /// <summary>The open ports and the workflow each one starts.</summary>
    public IReadOnlyDictionary<int, string> OpenPorts
    {
        get
        {
            lock (_endpoints)
            {
                return _endpoints.ToDictionary(e => e.Key, e => e.Value.Binding.DefinitionId);
            }
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _started = true;
        await ReconcileAsync(cancellationToken);
        _changes = ChangeToken.OnChange(catalog.GetChangeToken, () => _ = FollowChangeAsync());
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _started = false;
            _changes?.Dispose();
            foreach (var port in _endpoints.Keys.ToList())
            {
                await CloseAsync(port);
            }

            _certificate?.Dispose();
            _certificate = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Follows a publish, retract, revert or delete. The change is saved already, so a failure here is logged and the
    /// listeners follow the next change or restart.
    /// </summary>
    private async Task FollowChangeAsync()
    {
        if (!_started)
        {
            return;
        }

        try
        {
            await ReconcileAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogReconcileFailed(_logger, ex);
        }
    }

    /// <summary>Opens, re-points and closes listeners to match the published workflows now.</summary>
    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_started)
            {
                return;
            }

            var held = _endpoints.ToDictionary(e => e.Key, e => e.Value.Binding.DefinitionId);
            var wanted = await finder.FindAsync(held, cancellationToken);
            foreach (var (port, endpoint) in _endpoints.ToList())
            {
                if (wanted.TryGetValue(port, out var binding) && SameListener(binding, endpoint.Binding))
                {
                    endpoint.Binding = binding;
                }
                else
                {
                    await CloseAsync(port);
                }
            }

            foreach (var binding in wanted.Values.Where(b => !_endpoints.ContainsKey(b.Settings.Port)))
            {
                Open(binding);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool SameListener(MllpBinding a, MllpBinding b) =>
        a.DefinitionId == b.DefinitionId
        && a.Settings with { AllowedSources = [] } == b.Settings with { AllowedSources = [] }
        && a.Settings.AllowedSources.SequenceEqual(b.Settings.AllowedSources);

    private void Open(MllpBinding binding)
    {
        var port = binding.Settings.Port;
        var sources = SourceAddressFilter.Parse(binding.Settings.AllowedSources, out _);
        X509Certificate2? certificate = null;
        if (binding.Settings.UseTls && (certificate = LoadCertificate()) is null)
        {
            LogNoCertificate(_logger, port, binding.DefinitionId);
            return;
        }

        var endpoint = new MllpEndpoint(IPAddress.Parse(options.Value.BindAddress), binding, sources, certificate, handler, clock, _logger);
        try
        {
            endpoint.Start();
        }
        catch (SocketException ex)
        {
            LogPortUnavailable(_logger, port, binding.DefinitionId, ex.SocketErrorCode.ToString());
            return;
        }

        lock (_endpoints)
        {
            _endpoints[port] = endpoint;
        }

        LogOpened(_logger, port, binding.DefinitionId, binding.Version.Version);
    }

    private async Task CloseAsync(int port)
    {
        MllpEndpoint endpoint;
        lock (_endpoints)
        {
            endpoint = _endpoints[port];
            _endpoints.Remove(port);
        }

        await endpoint.DisposeAsync();
        LogClosed(_logger, port, endpoint.Binding.DefinitionId);
    }

    private X509Certificate2? LoadCertificate()
    {
        if (_certificate is not null || string.IsNullOrWhiteSpace(options.Value.TlsCertificatePath))
        {
            return _certificate;
        }

        try
        {
            _certificate = X509CertificateLoader.LoadPkcs12FromFile(options.Value.TlsCertificatePath, options.Value.TlsCertificatePassword);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            LogCertificateUnreadable(_logger, options.Value.TlsCertificatePath, ex.Message);
        }

        return _certificate;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "MLLP listeners could not follow a change of the published workflows; they follow the next change or restart.")]
    private static partial void LogReconcileFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "MLLP listener on port {Port} opened for workflow {DefinitionId} version {Version}.")]
    private static partial void LogOpened(ILogger logger, int port, string definitionId, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "MLLP listener on port {Port} (workflow {DefinitionId}) closed.")]
    private static partial void LogClosed(ILogger logger, int port, string definitionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "MLLP port {Port} for workflow {DefinitionId} could not be opened ({Error}).")]
    private static partial void LogPortUnavailable(ILogger logger, int port, string definitionId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "MLLP port {Port} for workflow {DefinitionId} wants TLS, but no certificate is configured (HealthFlows:Mllp:TlsCertificatePath).")]
    private static partial void LogNoCertificate(ILogger logger, int port, string definitionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The MLLP TLS certificate {Path} could not be read: {Reason}")]
    private static partial void LogCertificateUnreadable(ILogger logger, string path, string reason);
}
