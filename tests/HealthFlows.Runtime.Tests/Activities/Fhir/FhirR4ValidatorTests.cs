using System.Text.Json;
using HealthFlows.Runtime.Tests.Support;

namespace HealthFlows.Runtime.Tests.Activities.Fhir;

/// <summary>The validator the mapping tests rely on really checks: a resource that breaks R4 reports errors.</summary>
public sealed class FhirR4ValidatorTests
{
    [Fact]
    public void Errors_AnEncounterWithoutItsRequiredStatus_ReportsTheMissingElement()
    {
        var encounter = JsonDocument.Parse("""{"resourceType":"Encounter","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"IMP"}}""").RootElement;

        Assert.Contains(FhirR4Validator.Errors(encounter), error => error.Contains("status", StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_AContainedResourceNobodyReferences_BreaksDom3()
    {
        var patient = JsonDocument.Parse("""{"resourceType":"Patient","contained":[{"resourceType":"Practitioner","id":"p1"}]}""").RootElement;

        Assert.NotEmpty(FhirR4Validator.Errors(patient));
    }

    [Fact]
    public void Errors_AValidPatient_ReportsNone()
    {
        var patient = JsonDocument.Parse("""{"resourceType":"Patient","gender":"female","birthDate":"1962-03-20"}""").RootElement;

        Assert.Empty(FhirR4Validator.Errors(patient));
    }
}
