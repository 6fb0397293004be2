using System.Text.Json;

namespace HealthFlows.Server.Tests.Samples;

/// <summary>FHIR R4 Procedures recording implants used, as a theatre system sends them to the implant-usage sample.</summary>
public static class ImplantProcedures
{
    /// <summary>A Procedure <paramref name="id"/> in <paramref name="department"/> with one focalDevice per item number.</summary>
    public static string Procedure(string id, string department, string status = "completed", params string[] items) => JsonSerializer.Serialize(new
    {
        resourceType = "Procedure",
        id,
        status,
        code = new { coding = new[] { new { system = "http://snomed.info/sct", code = "52734007", display = "Total replacement of hip" } } },
        subject = new { reference = "Patient/example" },
        performedDateTime = "2026-11-25T09:30:00Z",
        location = new { identifier = new { system = "urn:healthflows:department", value = department }, display = department },
        focalDevice = items.Select(item => new
        {
            action = new { coding = new[] { new { system = "http://snomed.info/sct", code = "129338005", display = "Surgical implantation" } } },
            manipulated = new { identifier = new { system = "urn:healthflows:erp:item", value = item } },
        }),
    });
}
