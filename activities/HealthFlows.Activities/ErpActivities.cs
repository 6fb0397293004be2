using HealthFlows.Activities.Erp;
using HealthFlows.Runtime.DependencyInjection;

namespace HealthFlows.Activities;

/// <summary>Registers the ERP activities (master data checks now; the ERP connector's activities join them).</summary>
public static class ErpActivities
{
    public static RuntimeBuilder AddErpActivities(this RuntimeBuilder builder) => builder
        .AddActivity<ValidateCostCenter>();
}
