using System.Text.Json;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Tests.Support;
using static HealthFlows.Runtime.Tests.Support.WorkflowBuilder;

namespace HealthFlows.Runtime.Tests.Activities.Fhir;

public sealed class MapAdtToFhirTests : IDisposable
{
    private readonly EngineHarness _engine = new();

    /// <summary>Start → Map ADT to FHIR, with a variable set on each outcome so the path taken is visible.</summary>
    private static WorkflowBuilder Flow(params (string Name, InputValue Value)[] extraInputs) => new WorkflowBuilder()
        .Variable("family")
        .Variable("outcome")
        .Node("start", "Start")
        .Node("map", "MapAdtToFhir", [("message", Expr("input.message")), .. extraInputs])
        .Node("mapped", "SetVariable", ("variable", Literal("family")), ("value", Expr("outputs.map.patient.name[0].family")))
        .Node("invalid", "SetVariable", ("variable", Literal("outcome")), ("value", Literal("Invalid")))
        .Connect("start", "Done", "map")
        .Connect("map", "Mapped", "mapped")
        .Connect("map", "Invalid", "invalid");

    private async Task<WorkflowExecution> MapAsync(string message, params (string Name, InputValue Value)[] extraInputs)
    {
        var execution = await _engine.StartAsync(Flow(extraInputs).Build(), new { message });
        execution.ShouldBe(WorkflowStatus.Finished, WorkflowSubStatus.Completed);
        return execution;
    }

    private static JsonElement Output(WorkflowExecution execution, string name) => execution.Outputs["map"][name];

    private static bool HasOutput(WorkflowExecution execution, string name) => execution.Outputs["map"].ContainsKey(name);

    private static List<string> Reasons(WorkflowExecution execution) =>
        [.. Output(execution, "reasons").EnumerateArray().Select(r => r.GetString()!)];

    private static JsonElement Single(JsonElement array, Func<JsonElement, bool> match) =>
        Assert.Single(array.EnumerateArray(), item => match(item));

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;

    public static TheoryData<string> CorpusNames() => [.. AdtCorpus.All.Keys];

    [Theory]
    [MemberData(nameof(CorpusNames))]
    public async Task MapAdtToFhir_CorpusMessage_FollowsMappedWithPatientEncounterAndBundleValidAgainstR4(string name)
    {
        var execution = await MapAsync(AdtCorpus.All[name]);

        Assert.Equal(["start", "map", "mapped"], execution.Path());
        Assert.Empty(Reasons(execution));
        var patient = Output(execution, "patient");
        var bundle = Output(execution, "bundle");
        FhirR4Validator.AssertValid(patient);
        FhirR4Validator.AssertValid(bundle);
        if (HasOutput(execution, "encounter"))
        {
            var encounter = Output(execution, "encounter");
            FhirR4Validator.AssertValid(encounter);
            var patientUrl = bundle.GetProperty("entry")[0].GetProperty("fullUrl").GetString();
            Assert.Equal(patientUrl, encounter.GetProperty("subject").GetProperty("reference").GetString());
        }
    }

    [Fact]
    public async Task MapAdtToFhir_Bundle_IsACollectionWithUrnUuidFullUrlsAndThePatientFirst()
    {
        var execution = await MapAsync(AdtCorpus.AdmitRich);

        var bundle = Output(execution, "bundle");
        Assert.Equal("collection", bundle.GetProperty("type").GetString());
        var entries = bundle.GetProperty("entry").EnumerateArray().ToList();
        Assert.Equal(["Patient", "Encounter"], entries.Select(e => e.GetProperty("resource").GetProperty("resourceType").GetString()));
        Assert.All(entries, e => Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", e.GetProperty("fullUrl").GetString()));
        Assert.Equal("EVERYWOMAN", execution.Variable("family").GetString());
    }

    [Fact]
    public async Task MapAdtToFhir_SameMessageTwice_GivesTheSameResourceIds()
    {
        var first = await MapAsync(AdtCorpus.AdmitRich);
        var second = await MapAsync(AdtCorpus.AdmitRich);

        Assert.Equal(Output(first, "bundle").GetRawText(), Output(second, "bundle").GetRawText());
    }

    [Fact]
    public async Task MapAdtToFhir_MultipleIdentifiers_MapsEachWithItsTypeAssignerAndOidSystem()
    {
        var execution = await MapAsync(AdtCorpus.AdmitRich);

        var identifiers = Output(execution, "patient").GetProperty("identifier");
        Assert.Equal(3, identifiers.GetArrayLength());
        var mr = Single(identifiers, i => Text(i, "value") == "123456");
        Assert.Equal("urn:oid:1.2.3.4.5", Text(mr, "system"));
        Assert.Equal("GHH", mr.GetProperty("assigner").GetProperty("display").GetString());
        var mrType = mr.GetProperty("type").GetProperty("coding")[0];
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0203", Text(mrType, "system"));
        Assert.Equal("MR", Text(mrType, "code"));
        var ss = Single(identifiers, i => Text(i, "value") == "987-65-4320");
        Assert.Null(Text(ss, "system"));
        Assert.Equal("SS", Text(ss.GetProperty("type").GetProperty("coding")[0], "code"));
        Assert.Equal("PI", Text(Single(identifiers, i => Text(i, "value") == "P-77").GetProperty("type").GetProperty("coding")[0], "code"));
    }

    [Fact]
    public async Task MapAdtToFhir_PatientDemographics_FollowTheConceptMaps()
    {
        var execution = await MapAsync(AdtCorpus.AdmitRich);

        var patient = Output(execution, "patient");
        var names = patient.GetProperty("name");
        var legal = names[0];
        Assert.Equal("official", Text(legal, "use"));
        Assert.Equal(["EVE", "E"], legal.GetProperty("given").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("MRS", legal.GetProperty("prefix")[0].GetString());
        Assert.Equal("JR", legal.GetProperty("suffix")[0].GetString());
        Assert.Equal("maiden", Text(names[1], "use"));
        Assert.Equal("female", Text(patient, "gender"));
        Assert.Equal("1962-03-20", Text(patient, "birthDate"));
        var birthTime = patient.GetProperty("_birthDate").GetProperty("extension")[0];
        Assert.Equal("http://hl7.org/fhir/StructureDefinition/patient-birthTime", Text(birthTime, "url"));
        Assert.Equal("1962-03-20T08:15:00+00:00", Text(birthTime, "valueDateTime"));

        var addresses = patient.GetProperty("address");
        Assert.Equal("home", Text(addresses[0], "use"));
        Assert.Equal(["2222 HOME STREET", "APT 4"], addresses[0].GetProperty("line").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("27401-1020", Text(addresses[0], "postalCode"));
        Assert.Equal("postal", Text(addresses[1], "type"));

        var telecom = patient.GetProperty("telecom").EnumerateArray().Select(t => (Text(t, "system"), Text(t, "use"), Text(t, "value"))).ToList();
        Assert.Equal(
            [("phone", "home", "+1 555 5552004"), ("phone", "mobile", "555 5551234"), ("email", "home", "eve@example.org"), ("phone", "work", "(555)555-2005")],
            telecom);
    }

    [Fact]
    public async Task MapAdtToFhir_Visit_MapsClassLocationServiceVisitNumberAndPeriod()
    {
        var execution = await MapAsync(AdtCorpus.AdmitRich);

        var encounter = Output(execution, "encounter");
        Assert.Equal("in-progress", Text(encounter, "status"));
        Assert.Equal("IMP", Text(encounter.GetProperty("class"), "code"));
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v3-ActCode", Text(encounter.GetProperty("class"), "system"));
        Assert.Equal("SUR", Text(encounter.GetProperty("serviceType").GetProperty("coding")[0], "code"));
        var visitNumber = encounter.GetProperty("identifier")[0];
        Assert.Equal("V1001", Text(visitNumber, "value"));
        Assert.Equal("VN", Text(visitNumber.GetProperty("type").GetProperty("coding")[0], "code"));
        Assert.Equal("2026-11-25T08:25:00+01:00", Text(encounter.GetProperty("period"), "start"));
        Assert.False(encounter.GetProperty("period").TryGetProperty("end", out _));

        var locationRef = encounter.GetProperty("location")[0].GetProperty("location").GetProperty("reference").GetString();
        var location = Single(encounter.GetProperty("contained"), c => "#" + Text(c, "id") == locationRef);
        Assert.Equal("Location", Text(location, "resourceType"));
        Assert.Equal("2000 / 2012 / 01", Text(location, "name"));
        Assert.Equal("bd", Text(location.GetProperty("physicalType").GetProperty("coding")[0], "code"));
    }

    [Fact]
    public async Task MapAdtToFhir_Clinicians_BecomeParticipantsWithOneContainedPractitionerEach()
    {
        var execution = await MapAsync(AdtCorpus.AdmitRich);

        var encounter = Output(execution, "encounter");
        var participants = encounter.GetProperty("participant").EnumerateArray()
            .Select(p => (Text(p.GetProperty("type")[0].GetProperty("coding")[0], "code"), p.GetProperty("individual").GetProperty("reference").GetString()))
            .ToList();
        Assert.Equal(["ATND", "REF", "CON", "CON", "ADM"], participants.Select(p => p.Item1));
        // The attending doctor is also the admitting one: one Practitioner, referenced twice.
        Assert.Equal(participants[0].Item2, participants[4].Item2);
        var practitioners = encounter.GetProperty("contained").EnumerateArray().Where(c => Text(c, "resourceType") == "Practitioner").ToList();
        Assert.Equal(4, practitioners.Count);
        var attending = Assert.Single(practitioners, p => "#" + Text(p, "id") == participants[0].Item2);
        Assert.Equal("004777", Text(attending.GetProperty("identifier")[0], "value"));
        Assert.Equal("ATTEND", Text(attending.GetProperty("name")[0], "family"));
        Assert.Equal("DR", attending.GetProperty("name")[0].GetProperty("prefix")[0].GetString());
    }

    [Theory]
    [InlineData(nameof(AdtCorpus.Discharge), "finished", "2026-11-28T11:30:00+01:00")]
    [InlineData(nameof(AdtCorpus.CancelAdmit), "cancelled", null)]
    [InlineData(nameof(AdtCorpus.CancelDischarge), "in-progress", null)]
    [InlineData(nameof(AdtCorpus.Register), "in-progress", null)]
    public async Task MapAdtToFhir_EventAndDischargeTime_DecideStatusAndPeriodEnd(string name, string status, string? end)
    {
        var execution = await MapAsync(AdtCorpus.All[name]);

        var encounter = Output(execution, "encounter");
        Assert.Equal(status, Text(encounter, "status"));
        Assert.Equal(end, encounter.TryGetProperty("period", out var period) ? Text(period, "end") : null);
    }

    [Theory]
    [InlineData("I", "IMP")]
    [InlineData("O", "AMB")]
    [InlineData("E", "EMER")]
    [InlineData("P", "PRENC")]
    [InlineData("R", "AMB")]
    [InlineData("B", "IMP")]
    [InlineData("N", "UNK")]
    [InlineData("", "UNK")]
    public async Task MapAdtToFhir_PatientClass_MapsThroughTable0004(string patientClass, string code)
    {
        var message = AdtCorpus.Sparse.Replace("PV1||N", "PV1||" + patientClass, StringComparison.Ordinal);

        var execution = await MapAsync(message);

        var encounterClass = Output(execution, "encounter").GetProperty("class");
        Assert.Equal(code, Text(encounterClass, "code"));
        FhirR4Validator.AssertValid(Output(execution, "encounter"));
    }

    [Theory]
    [InlineData("M", "male")]
    [InlineData("F", "female")]
    [InlineData("O", "other")]
    [InlineData("A", "other")]
    [InlineData("N", "other")]
    [InlineData("U", "unknown")]
    [InlineData("X", null)]
    public async Task MapAdtToFhir_AdministrativeSex_MapsThroughTable0001(string sex, string? gender)
    {
        var message = AdtCorpus.Register.Replace("|19800512|M|", $"|19800512|{sex}|", StringComparison.Ordinal);

        var execution = await MapAsync(message);

        Assert.Equal(gender, Text(Output(execution, "patient"), "gender"));
    }

    [Fact]
    public async Task MapAdtToFhir_ExplicitNulls_AreOmittedAndNeverParsedAsDates()
    {
        var execution = await MapAsync(AdtCorpus.UpdateWithNulls);

        var patient = Output(execution, "patient");
        Assert.False(patient.TryGetProperty("birthDate", out _));
        Assert.False(patient.TryGetProperty("gender", out _));
        Assert.False(patient.TryGetProperty("address", out _));
        Assert.False(patient.TryGetProperty("telecom", out _));
        var encounter = Output(execution, "encounter");
        Assert.False(encounter.TryGetProperty("period", out _));
        Assert.False(encounter.TryGetProperty("serviceType", out _));
        Assert.Equal("in-progress", Text(encounter, "status"));
    }

    [Fact]
    public async Task MapAdtToFhir_TimesWithoutOffset_TakeTheConfiguredTimeZone()
    {
        var execution = await MapAsync(AdtCorpus.Register, ("timeZone", Literal("America/Chicago")));

        Assert.Equal("2026-11-25T09:00:00-06:00", Text(Output(execution, "encounter").GetProperty("period"), "start"));
    }

    [Fact]
    public async Task MapAdtToFhir_Merge_AddsTheMergedPatientReplacedByTheSurvivorAndNoEncounter()
    {
        var execution = await MapAsync(AdtCorpus.Merge);

        Assert.False(HasOutput(execution, "encounter"));
        var entries = Output(execution, "bundle").GetProperty("entry").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        var (survivorUrl, mergedUrl) = (entries[0].GetProperty("fullUrl").GetString(), entries[1].GetProperty("fullUrl").GetString());
        var merged = entries[1].GetProperty("resource");
        Assert.False(merged.GetProperty("active").GetBoolean());
        Assert.Equal("654321", Text(merged.GetProperty("identifier")[0], "value"));
        Assert.Equal("old", Text(merged.GetProperty("identifier")[0], "use"));
        Assert.Equal("EVA", merged.GetProperty("name")[0].GetProperty("given")[0].GetString());
        Assert.Equal("replaced-by", Text(merged.GetProperty("link")[0], "type"));
        Assert.Equal(survivorUrl, merged.GetProperty("link")[0].GetProperty("other").GetProperty("reference").GetString());
        var survivorLink = Output(execution, "patient").GetProperty("link")[0];
        Assert.Equal("replaces", Text(survivorLink, "type"));
        Assert.Equal(mergedUrl, survivorLink.GetProperty("other").GetProperty("reference").GetString());
    }

    [Fact]
    public async Task MapAdtToFhir_CustomDelimiters_ReadsComponentsRepetitionsAndEscapes()
    {
        var execution = await MapAsync(AdtCorpus.CustomDelimiters);

        var patient = Output(execution, "patient");
        Assert.Equal(["777", "888"], patient.GetProperty("identifier").EnumerateArray().Select(i => Text(i, "value")));
        Assert.Equal("O$BRIEN", Text(patient.GetProperty("name")[0], "family"));
        Assert.Equal("EMER", Text(Output(execution, "encounter").GetProperty("class"), "code"));
    }

    [Fact]
    public async Task MapAdtToFhir_DeathTime_MapsToDeceasedDateTime()
    {
        var execution = await MapAsync(AdtCorpus.Deceased);

        Assert.Equal("2026-11-30T22:15:00+01:00", Text(Output(execution, "patient"), "deceasedDateTime"));
    }

    [Fact]
    public async Task MapAdtToFhir_DeathIndicatorOnly_MapsToDeceasedBoolean()
    {
        var message = AdtCorpus.Deceased.Replace("|20261130221500+0100|Y", "||Y", StringComparison.Ordinal);

        var execution = await MapAsync(message);

        Assert.True(Output(execution, "patient").GetProperty("deceasedBoolean").GetBoolean());
    }

    [Theory]
    [InlineData("19621320")]
    [InlineData("1962-03-20")]
    [InlineData("0")]
    public async Task MapAdtToFhir_MalformedBirthDate_FollowsInvalidNamingTheFieldButNotTheValue(string birthDate)
    {
        var message = AdtCorpus.Discharge.Replace("|19620320|", $"|{birthDate}|", StringComparison.Ordinal);

        var execution = await MapAsync(message);

        Assert.Equal(["start", "map", "invalid"], execution.Path());
        var reason = Assert.Single(Reasons(execution));
        Assert.StartsWith("PID-7 (date of birth)", reason);
        Assert.DoesNotContain(birthDate, reason, StringComparison.Ordinal);
        Assert.False(HasOutput(execution, "patient"));
        Assert.False(HasOutput(execution, "bundle"));
    }

    [Fact]
    public async Task MapAdtToFhir_MalformedAdmitAndDischargeTimes_ListsBoth()
    {
        var message = AdtCorpus.Discharge.Replace("20261125082500+0100|20261128113000+0100", "2026-11-25|tomorrow", StringComparison.Ordinal);

        var execution = await MapAsync(message);

        Assert.Equal(["start", "map", "invalid"], execution.Path());
        Assert.Equal(2, Reasons(execution).Count);
        Assert.Contains(Reasons(execution), r => r.StartsWith("PV1-45", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MapAdtToFhir_DischargeBeforeAdmit_FollowsInvalid()
    {
        var message = AdtCorpus.Discharge.Replace("|20261128113000+0100", "|20261120113000+0100", StringComparison.Ordinal);

        var execution = await MapAsync(message);

        Assert.Equal(["start", "map", "invalid"], execution.Path());
        Assert.Contains("before PV1-44", Assert.Single(Reasons(execution)));
    }

    [Theory]
    [InlineData("this is not HL7 at all")]
    [InlineData("MSH|^~\\&|ADT1|GHH|||20261125||ADT^A01|||P|2.5.1\rPID|||1||DOE\r")]
    [InlineData("MSH|^~\\&|ADT1|GHH|||20261125||ADT^A01|MSG1|P|2.5.1\rPV1||I\r")]
    public async Task MapAdtToFhir_UnusableMessage_FollowsInvalidWithReasonsInsteadOfFaulting(string message)
    {
        var execution = await MapAsync(message);

        Assert.Equal(["start", "map", "invalid"], execution.Path());
        Assert.NotEmpty(Reasons(execution));
    }

    [Fact]
    public async Task MapAdtToFhir_NoMessage_FollowsInvalid()
    {
        var execution = await _engine.StartAsync(Flow().Build(), new { other = 1 });

        Assert.Equal(["start", "map", "invalid"], execution.Path());
        Assert.NotEmpty(Reasons(execution));
    }

    [Fact]
    public async Task MapAdtToFhir_UnknownTimeZone_FollowsInvalidNamingIt()
    {
        var execution = await MapAsync(AdtCorpus.Register, ("timeZone", Literal("Mars/Olympus_Mons")));

        Assert.Contains("Mars/Olympus_Mons", Assert.Single(Reasons(execution)));
    }

    public void Dispose() => _engine.Dispose();
}
