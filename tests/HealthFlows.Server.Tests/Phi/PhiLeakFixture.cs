using System.Text;
using System.Text.Json;
using HealthFlows.Server.Tests.Support;
using HealthFlows.Server.Tests.Triggers.Mllp;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Phi;

/// <summary>
/// A real server (SQLite file, Serilog writing every event with its properties to a file through configuration, the hosted
/// ERP sandbox) that has received known patient data through every trigger: the execute API, the HTTP Endpoint samples, the
/// MLLP listener over TCP and a test run of a draft, which ran the healthcare and ERP activities of the samples.
/// </summary>
public sealed class PhiLeakFixture : IAsyncLifetime
{
    public const string Family = "QUIXOTEPHI";
    public const string Given = "ZEBEDIAH";
    public const string BirthDate = "19570813";
    public const string IsoBirthDate = "1957-08-13";
    public const string Mrn = "MRN99173524";
    public const string Street = "8123 WISTERIA LANE";
    public const string City = "HOLLOWMERE";
    public const string Phone = "867-5309";
    public const string Ssn = "987-65-4329";
    public const string FreeText = "ALLERGIC TO MARMALADE";

    public static readonly string[] KnownPhi = [Family, Given, BirthDate, IsoBirthDate, Mrn, Street, City, Phone, Ssn, FreeText];

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "healthflows-tests", Guid.NewGuid().ToString("N"));

    public ServerHost Host { get; private set; } = null!;

    public string LogFile => Path.Combine(dataDirectory, "logs", "server.json");

    /// <summary>The instances the traffic started, by trigger.</summary>
    public Dictionary<string, string> Instances { get; } = new(StringComparer.Ordinal);

    /// <summary>A key with every role but the PHI permission.</summary>
    public string OperatorKey { get; private set; } = "";

    public static string Pid(string setId = "1") =>
        $"PID|{setId}||{Mrn}^^^HOSP^MR||{Family}^{Given}^Q||{BirthDate}|M|||{Street}^^{City}^MI^49999||(555){Phone}|||||ACCT-{Mrn}|{Ssn}";

    public static string Adt(string controlId) => string.Join('\r',
        $@"MSH|^~\&|ADT1|HOSP|HEALTHFLOWS|HOSP|20261125080000||ADT^A01|{controlId}|P|2.5.1",
        "EVN|A01|20261125080000",
        Pid(),
        $"NK1|1|{Family}^MARTHA|SPO^Spouse||(555){Phone}",
        "PV1|1|I|LAB^1^1^HOSP",
        $"NTE|1||{FreeText}") + "\r";

    public static string Dft(string controlId) => string.Join('\r',
        $@"MSH|^~\&|BILLING|HOSP|ERP|FINANCE|20261125080000||DFT^P03^DFT_P03|{controlId}|P|2.5",
        "EVN|P03|20261125080000",
        Pid(),
        $"PV1|1|O|LAB^1^1^HOSP|||||||LAB|||||||||V-{controlId}^^^HOSP^VN|BC",
        "FT1|1|TX0||20261125073000|20261125|CG|80053^Comprehensive metabolic panel^CPT|Comprehensive metabolic panel||1|45.50&USD|45.50&USD|LAB^LAB department|||LAB^^^HOSP||||3000^PROVIDER^PAT|||||80053",
        $"NTE|1||{FreeText}") + "\r";

    public static string Procedure(string id) => JsonSerializer.Serialize(new
    {
        resourceType = "Procedure",
        id,
        status = "completed",
        code = new { coding = new[] { new { system = "http://snomed.info/sct", code = "52734007", display = "Total replacement of hip" } } },
        subject = new { reference = $"Patient/{Mrn}", display = $"{Given} {Family}" },
        performedDateTime = "2026-11-25T09:30:00Z",
        location = new { identifier = new { system = "urn:healthflows:department", value = "ORTHO" }, display = "ORTHO" },
        note = new[] { new { text = $"{FreeText}; born {IsoBirthDate}; SSN {Ssn}" } },
        focalDevice = new[]
        {
            new
            {
                action = new { coding = new[] { new { system = "http://snomed.info/sct", code = "129338005", display = "Surgical implantation" } } },
                manipulated = new { identifier = new { system = "urn:healthflows:erp:item", value = "IMP-HIP-001" } },
            },
        },
    });

    public async ValueTask InitializeAsync()
    {
        Host = await ServerHost.StartAsync(dataDirectory, settings: new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Debug",
            ["Serilog:Using:0"] = "Serilog.Sinks.File",
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = LogFile,
            ["Serilog:WriteTo:0:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
            ["HealthFlows:Erp:Resilience:MaxRetryAttempts"] = "0",
            ["HealthFlows:Phi:MaskFreeText"] = "true",
        });
        OperatorKey = await Host.CreateApiKeyAsync("operator without PHI", ["Viewer", "Analyst", "Publisher", "Operator"]);
        var ct = TestContext.Current.CancellationToken;
        var client = Host.Client;

        var executed = await (await client.PostAsync("/api/workflow-definitions/adt-intake/execute", Body(new { message = Adt("LEAK-EXEC") }), ct)).ShouldBeOkAsync();
        Instances["execute"] = executed.GetProperty("instanceId").GetString()!;

        await using (var mllp = await MllpTestClient.ConnectAsync(Host.SampleMllpPort))
        {
            var ack = await mllp.ExchangeAsync(Adt("LEAK-MLLP"));
            Assert.Equal("AA", ack.GetValue("MSA-1"));
        }

        var adtInstances = await (await client.GetAsync("/api/workflow-instances?definitionId=adt-intake&pageSize=100", ct)).ShouldBeOkAsync();
        Instances["mllp"] = adtInstances.GetProperty("items").EnumerateArray()
            .Single(i => i.TryGetProperty("correlationId", out var c) && c.GetString() == "LEAK-MLLP").GetProperty("id").GetString()!;

        var charge = await client.PostAsync("/workflows/charge-capture", new StringContent(Dft("LEAK-DFT"), Encoding.UTF8, "x-application/hl7-v2+er7"), ct);
        Instances["charge-capture"] = charge.Headers.GetValues("X-Workflow-Instance-Id").Single();

        var implant = await client.PostAsync("/workflows/implant-usage", new StringContent(Procedure("leak-proc-1"), Encoding.UTF8, "application/fhir+json"), ct);
        Instances["implant-usage"] = implant.Headers.GetValues("X-Workflow-Instance-Id").Single();

        var echo = await client.PostAsync("/workflows/echo", Body(new { message = $"{Given} {Family} {Ssn}", amount = 1 }), ct);
        Instances["echo"] = echo.Headers.GetValues("X-Workflow-Instance-Id").Single();

        await (await client.PostAsync("/api/workflow-definitions", Raw(TestRunWorkflow), ct)).ShouldBeOkAsync(201);
        var testRun = await (await client.PostAsync("/api/workflow-definitions/phi-test-run/execute?version=1",
            Body(new { patient = new { name = $"{Given} {Family}", birthDate = IsoBirthDate, mrn = Mrn, phone = Phone, ssn = Ssn, note = FreeText } }), ct)).ShouldBeOkAsync();
        Instances["test-run"] = testRun.GetProperty("instanceId").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    /// <summary>A draft that copies patient data into a variable, logs it and outputs it: what a careless designer might build.</summary>
    private const string TestRunWorkflow = """
        {
          "schemaVersion": 1, "definitionId": "phi-test-run", "name": "PHI test run",
          "variables": [{ "name": "who", "type": "string" }],
          "nodes": [
            { "id": "start", "type": "Start", "position": { "x": 0, "y": 0 } },
            { "id": "keep", "type": "SetVariable", "position": { "x": 200, "y": 0 },
              "inputs": { "variable": { "mode": "literal", "value": "who" }, "value": { "mode": "expression", "value": "input.patient.name + ' ' + input.patient.ssn" } } },
            { "id": "note", "type": "Log", "position": { "x": 400, "y": 0 },
              "inputs": { "message": { "mode": "expression", "value": "`patient ${input.patient.name} born ${input.patient.birthDate} mrn ${input.patient.mrn} phone ${input.patient.phone} ${input.patient.note}`" } } },
            { "id": "done", "type": "Finish", "position": { "x": 600, "y": 0 },
              "inputs": { "output": { "mode": "expression", "value": "({ patient: input.patient, who: variables.who })" } } }
          ],
          "connections": [
            { "source": "start", "outcome": "Done", "target": "keep" },
            { "source": "keep", "outcome": "Done", "target": "note" },
            { "source": "note", "outcome": "Done", "target": "done" }
          ]
        }
        """;
}
