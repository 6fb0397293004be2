namespace HealthFlows.ErpSandbox.Stats;

/// <summary>Counts since the sandbox started of what the database does not record.</summary>
internal sealed class SandboxCounters
{
    private int idempotentReplays;
    private int consumptionReplays;
    private int purchaseOrderReplays;

    /// <summary>Invoice posts answered with an existing invoice because their external document number was known.</summary>
    public int IdempotentReplays => Volatile.Read(ref idempotentReplays);

    public void CountIdempotentReplay() => Interlocked.Increment(ref idempotentReplays);

    /// <summary>Consumptions answered with an existing ledger entry because their external document number was known.</summary>
    public int ConsumptionReplays => Volatile.Read(ref consumptionReplays);

    public void CountConsumptionReplay() => Interlocked.Increment(ref consumptionReplays);

    /// <summary>Purchase orders answered with an existing order because their external document number was known.</summary>
    public int PurchaseOrderReplays => Volatile.Read(ref purchaseOrderReplays);

    public void CountPurchaseOrderReplay() => Interlocked.Increment(ref purchaseOrderReplays);
}
