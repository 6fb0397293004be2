using HealthFlows.Activities.Healthcare;
using HealthFlows.Runtime.DependencyInjection;

namespace HealthFlows.Activities;

/// <summary>Registers the healthcare activities (HL7 v2 and FHIR now; master data later).</summary>
public static class HealthcareActivities
{
    public static RuntimeBuilder AddHealthcareActivities(this RuntimeBuilder builder) => builder
        .AddActivity<ParseAdt>()
        .AddActivity<MapAdtToFhir>()
        .AddActivity<ParseFhirResource>()
        .AddActivity<CreateHl7Ack>();
}
