using HealthFlows.Activities.Healthcare;
using HealthFlows.Runtime.DependencyInjection;

namespace HealthFlows.Activities;

/// <summary>Registers the healthcare activities (HL7 v2 now; FHIR and master data later).</summary>
public static class HealthcareActivities
{
    public static RuntimeBuilder AddHealthcareActivities(this RuntimeBuilder builder) => builder
        .AddActivity<ParseAdt>();
}
