using HealthFlows.Activities.Erp;
using HealthFlows.Runtime.DependencyInjection;

namespace HealthFlows.Activities;

/// <summary>Registers the activities that call the ERP connector (Post ERP Invoice); the host registers the connector itself.</summary>
public static class ErpConnectorActivities
{
    public static RuntimeBuilder AddErpConnectorActivities(this RuntimeBuilder builder) => builder
        .AddActivity<PostErpInvoice>();
}
