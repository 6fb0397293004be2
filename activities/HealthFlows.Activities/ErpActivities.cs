using HealthFlows.Activities.Erp;
using HealthFlows.Runtime.DependencyInjection;

namespace HealthFlows.Activities;

/// <summary>Registers the ERP activities: master data checks and the ones that call the ERP connector (posting, the cost center sync) (the host registers the connector itself).</summary>
public static class ErpActivities
{
    public static RuntimeBuilder AddErpActivities(this RuntimeBuilder builder) => builder
        .AddActivity<ValidateCostCenter>()
        .AddActivity<PostErpInvoice>()
        .AddActivity<PostInventoryConsumption>()
        .AddActivity<RequestReplenishment>()
        .AddActivity<SyncCostCenters>();
}
