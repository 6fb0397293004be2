using HealthFlows.Erp.BusinessCentral;

namespace HealthFlows.Server.Erp;

/// <summary>
/// Registered only when the connector talks to the ERP sandbox hosted in this process: once the server listens, one read-only
/// lookup (an invoice by a fixed external document number) builds the connector's HttpClient pipeline, fetches its OAuth
/// token and runs the sandbox's token and invoice-lookup paths, so the first charge does not pay for them. It writes nothing,
/// and it is never registered for an external ERP: start-up must not call a system that is not ours.
/// </summary>
public sealed partial class ErpWarmUp(IServiceScopeFactory scopes, ILogger<ErpWarmUp> logger)
{
    /// <summary>The external document number looked up; found or not, a lookup changes nothing.</summary>
    public const string LookupNumber = "HEALTHFLOWS-WARM-UP";

    /// <summary>The running or finished warm-up; completed before <see cref="Start"/>.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Starts the lookup in the background: readiness does not wait for it (measured, it cost start-up more CPU than it
    /// saved the first charge). A failure is logged and ignored; the first real call meets it again and reports it.
    /// </summary>
    public void Start(CancellationToken cancellationToken) => Completion = Task.Run(() => RunAsync(cancellationToken), CancellationToken.None);

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<BusinessCentralConnector>().FindInvoiceAsync(LookupNumber, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
        catch (OperationCanceledException)
        {
            // Stopped during start-up: nothing to warm for.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The start-up warm-up of the hosted ERP sandbox failed; the first ERP call will pay for it.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
