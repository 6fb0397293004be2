namespace HealthFlows.ErpSandbox.Storage;

/// <summary>
/// Serialises the sandbox's writes. SQLite has a single writer anyway; taking turns in-process makes
/// "look up by external document number, then insert" atomic and spares callers SQLITE_BUSY retries.
/// </summary>
internal sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public async Task<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        return new Releaser(turn);
    }

    public void Dispose() => turn.Dispose();

    /// <summary>Gives the turn back when disposed.</summary>
    internal readonly struct Releaser(SemaphoreSlim turn) : IDisposable
    {
        public void Dispose() => turn.Release();
    }
}
