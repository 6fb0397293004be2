using System.Text.Json;
using HealthFlows.Server.Phi;
using Microsoft.Extensions.Options;

namespace HealthFlows.Server.Tests.Phi;

/// <summary>The masking rules on their own: HL7 field-wise inside any string, JSON properties by name.</summary>
public sealed class PhiMaskerTests
{
    private readonly PhiMasker masker = new(Options.Create(new PhiOptions()));

    [Fact]
    public void MaskText_Hl7AfterOtherText_MasksEveryRepetitionAndKeepsThePrefixAndTerminators()
    {
        var text = "received:\nMSH|^~\\&|A|B|C|D|20260101||ADT^A08|X1|P|2.5\nPID|1||MRN1~MRN2||DOE^JOHN||19700101|M\n";

        var masked = masker.MaskText(text);

        Assert.Equal("received:\nMSH|^~\\&|A|B|C|D|20260101||ADT^A08|X1|P|2.5\nPID|1||***||***||***|M\n", masked);
    }

    [Fact]
    public void MaskText_Hl7WithEveryPidOccurrence_MasksTheSecondPatientToo()
    {
        var masked = masker.MaskText("MSH|^~\\&|A|B|C|D|20260101||ADT^A34|X1|P|2.5\rPID|1||ONE||FIRST^P\rMRG|OLD1^^^H||||||PRIOR^NAME\rPID|2||TWO||SECOND^P");

        Assert.DoesNotContain("FIRST", masked);
        Assert.DoesNotContain("SECOND", masked);
        Assert.DoesNotContain("OLD1", masked);
        Assert.DoesNotContain("PRIOR", masked);
        Assert.EndsWith("PID|2||***||***", masked);
    }

    [Fact]
    public void MaskText_HeaderThatDoesNotParse_MasksTheWholeMessage()
    {
        Assert.Equal("note: ***", masker.MaskText("note: MSH|ab|PID|1||SECRET"));
    }

    [Fact]
    public void MaskText_PlainTextMentioningMsh_IsKept()
    {
        Assert.Equal("the MSHIP segment and MSH", masker.MaskText("the MSHIP segment and MSH"));
    }

    [Fact]
    public void Mask_FhirPatientJson_MasksNamedPropertiesAtAnyDepthAndKeepsTheShape()
    {
        var patient = JsonSerializer.SerializeToElement(new
        {
            resourceType = "Patient",
            gender = "female",
            identifier = new[] { new { system = "urn:mrn", value = "PX1" } },
            name = new[] { new { family = "Everywoman", given = new[] { "Eve" } } },
            birthDate = "1962-03-20",
            contained = new[] { new { resourceType = "RelatedPerson", telecom = new[] { new { value = "555-1212" } } } },
            multipleBirthInteger = 2,
        });

        var masked = masker.Mask(patient).GetRawText();

        Assert.Equal(
            """{"resourceType":"Patient","gender":"female","identifier":[{"system":"***","value":"***"}],"name":[{"family":"***","given":["***"]}],"birthDate":"***","contained":[{"resourceType":"RelatedPerson","telecom":[{"value":"***"}]}],"multipleBirthInteger":2}""",
            masked);
    }

    [Fact]
    public void Mask_JsonTextInsideAString_IsMaskedAsJson()
    {
        var value = JsonSerializer.SerializeToElement(new { body = """{"birthDate":"1962-03-20","status":"ok"}""" });

        Assert.Equal("""{"birthDate":"***","status":"ok"}""", masker.Mask(value).GetProperty("body").GetString());
    }

    [Fact]
    public void Mask_ConfiguredRules_ReplaceTheDefaults()
    {
        var custom = new PhiMasker(Options.Create(new PhiOptions { Hl7Fields = ["PV1-3"], JsonProperties = ["ward"], Mask = "[hidden]" }));

        Assert.Equal("MSH|^~\\&|A|B|C|D|1||ADT^A01|X|P|2.5\rPID|1||MRN||DOE\rPV1|1|I|[hidden]", custom.MaskText("MSH|^~\\&|A|B|C|D|1||ADT^A01|X|P|2.5\rPID|1||MRN||DOE\rPV1|1|I|W1^R2"));
        Assert.Equal("""{"name":"x","ward":"[hidden]"}""", custom.Mask(JsonSerializer.SerializeToElement(new { name = "x", ward = "W1" })).GetRawText());
    }

    [Theory]
    [InlineData("PID5")]
    [InlineData("MSH-2")]
    [InlineData("pid-5")]
    [InlineData("PID-0")]
    public void Hl7FieldRuleTryParse_NotSegDashField_IsRefused(string text)
    {
        Assert.False(Hl7FieldRule.TryParse(text, out _));
    }
}
