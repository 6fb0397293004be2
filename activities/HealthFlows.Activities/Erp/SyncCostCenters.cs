using HealthFlows.Erp;
using HealthFlows.Erp.CostCenters;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.MasterData;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Activities.Erp;

/// <summary>Brings the cost center master data in line with the ERP's cost-center dimension.</summary>
/// <remarks>
/// The ERP owns code, name and blocked; the effective dates are HealthFlows' own and are kept. Cost centers the ERP no
/// longer lists are left alone (mappings may still book to them; an operator retires them). Values the master data
/// cannot hold (a code too long) are skipped and counted, so one bad ERP row does not stop the nightly sync.
/// </remarks>
[Activity("SyncCostCenters", "ERP", DisplayName = "Sync Cost Centers", Outcomes = [Synced, Unavailable], Icon = "erp",
    Description = "Pulls the cost centers from the ERP's cost-center dimension and inserts or updates them in the master data (name, active = not blocked); Unavailable when the ERP cannot answer.")]
public sealed class SyncCostCenters : Activity
{
    public const string Synced = "Synced";
    public const string Unavailable = "Unavailable";

    private const int PageSize = 1000;

    [Output(Description = "Cost centers added.")]
    public Output<int> Inserted { get; } = new();

    [Output(Description = "Cost centers whose name or active flag changed.")]
    public Output<int> Updated { get; } = new();

    [Output(Description = "Cost centers already as the ERP has them.")]
    public Output<int> Unchanged { get; } = new();

    [Output(Description = "ERP values not taken because the master data cannot hold them (e.g. a code over 20 characters).")]
    public Output<int> Skipped { get; } = new();

    [Output(Description = "Why the ERP could not be read; empty when Synced.")]
    public Output<string> Error { get; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var store = context.Services.GetService<ICostCenterStore>()
            ?? throw new InvalidOperationException("Sync Cost Centers needs an ICostCenterStore; the host registers one with its persistence.");
        IReadOnlyList<ErpCostCenter> fromErp;
        try
        {
            fromErp = await context.Services.GetRequiredService<IErpConnector>().ListCostCentersAsync(context.CancellationToken);
        }
        catch (ErpUnavailableException ex)
        {
            Report(context, new UpsertCounts(0, 0, 0), 0, ex.Message);
            return ActivityResult.Complete(Unavailable);
        }

        var existing = await LoadExistingAsync(store, context.CancellationToken);
        var now = context.Clock.GetUtcNow();
        var batch = new Dictionary<string, CostCenter>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var value in fromErp)
        {
            var code = MasterDataRules.NormalizeCode(value.Code);
            existing.TryGetValue(code, out var known);
            var costCenter = new CostCenter
            {
                Code = code,
                Name = string.IsNullOrWhiteSpace(value.DisplayName) ? code : value.DisplayName.Trim(),
                Active = !value.Blocked,
                EffectiveFrom = known?.EffectiveFrom,
                EffectiveTo = known?.EffectiveTo,
                LastSyncedAt = now,
            };
            if (MasterDataRules.Check(costCenter).Count > 0 || !batch.TryAdd(code, costCenter))
            {
                skipped++;
            }
        }

        var counts = await store.UpsertCostCentersAsync([.. batch.Values], context.CancellationToken);
        Report(context, counts, skipped, "");
        return ActivityResult.Complete(Synced);
    }

    private static async Task<Dictionary<string, CostCenter>> LoadExistingAsync(ICostCenterStore store, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, CostCenter>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var result = await store.ListCostCentersAsync(new CostCenterQuery(Page: page, PageSize: PageSize), cancellationToken);
            foreach (var costCenter in result.Items)
            {
                existing[costCenter.Code] = costCenter;
            }

            if (result.Items.Count < PageSize || existing.Count >= result.TotalCount)
            {
                return existing;
            }
        }
    }

    private void Report(ActivityExecutionContext context, UpsertCounts counts, int skipped, string error)
    {
        context.Set(Inserted, counts.Inserted);
        context.Set(Updated, counts.Updated);
        context.Set(Unchanged, counts.Unchanged);
        context.Set(Skipped, skipped);
        context.Set(Error, error);
    }
}
