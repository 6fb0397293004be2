using System.Text.Json;
using Firely.Fhir.Validation;
using HealthFlows.Activities.Healthcare.Fhir;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace HealthFlows.Runtime.Tests.Support;

/// <summary>
/// Firely's validator over the base R4 StructureDefinitions, ValueSets and CodeSystems of specification.zip
/// (Hl7.Fhir.Specification.Data.R4, copied to the output folder), with its local terminology service: no network.
/// </summary>
public static class FhirR4Validator
{
    // Building the validator and its first run load the whole specification (seconds), so every test shares one.
    private static readonly Lazy<Validator> Shared = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, new LocalTerminologyService(resolver), null, null, null);
    });

    private static readonly Lock Gate = new();

    /// <summary>
    /// The errors in a resource given as FHIR JSON: what the deserializer finds (cardinality, codes, literals), then
    /// what the validator finds in the (possibly partial) resource against its base profile (invariants, bindings).
    /// </summary>
    public static List<string> Errors(JsonElement json)
    {
        PocoDeserializationExtensions.TryDeserializeResource(FhirJson.Deserializer, json.GetRawText(), out var resource, out var issues);
        var errors = issues.Select(issue => issue.Message).ToList();
        if (resource is null) return errors;

        OperationOutcome outcome;
        lock (Gate)
        {
            outcome = Shared.Value.Validate(resource, null!);
        }

        errors.AddRange(outcome.Issue
            .Where(issue => issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(issue => $"{string.Join(", ", issue.Expression ?? [])}: {issue.Details?.Text}"));
        return errors;
    }

    /// <summary>Asserts the resource has no error against its base R4 profile, listing every error when it has.</summary>
    public static void AssertValid(JsonElement json)
    {
        var errors = Errors(json);
        Assert.True(errors.Count == 0, $"{json.GetProperty("resourceType").GetString()} is not valid R4:\n{string.Join('\n', errors)}");
    }
}
