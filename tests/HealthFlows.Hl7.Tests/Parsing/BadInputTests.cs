using System.Diagnostics;
using System.Text;
using HealthFlows.Hl7.Adt;

namespace HealthFlows.Hl7.Tests.Parsing;

public sealed class BadInputTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [Fact]
    public void Parse_EveryTruncationOfAValidMessage_NeverThrows()
    {
        var text = TestMessages.AdmitA01;

        for (var length = 0; length <= text.Length; length++)
        {
            var result = Hl7Parser.Parse(text[..length]);

            Assert.True(result.IsValid || result.Errors.Count > 0);
        }
    }

    [Fact]
    public void Parse_RandomBinary_ReturnsErrorsWithoutThrowing()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 512)];
            random.NextBytes(bytes);

            var result = Hl7Parser.Parse(bytes);

            Assert.False(result.IsValid);
        }
    }

    [Fact]
    public void Parse_BinaryAfterValidHeader_ReadsHeaderAndFlagsSegments()
    {
        var bytes = Encoding.ASCII.GetBytes("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\r").Concat(new byte[] { 0, 1, 2, 0xFF, 0xFE, 13, 0x80, 0x7C }).ToArray();

        var result = Hl7Parser.Parse(bytes);

        Assert.Equal("ADT^A01", result.Message!.MessageType);
        Assert.Contains(result.Errors, e => e.Code == Hl7ParseErrorCode.InvalidSegmentName);
    }

    [Fact]
    public void Parse_TenMegabyteMessage_ParsesQuicklyAndReadsTheLargeField()
    {
        var payload = new string('A', 10 * 1024 * 1024);
        var text = TestMessages.Join("MSH|^~\\&|A|B|C|D|1||ORU^R01|1|P|2.5", $"OBX|1|ED|PDF||^AP^PDF^Base64^{payload}");
        var watch = Stopwatch.StartNew();

        var result = Hl7Parser.Parse(text);
        var value = result.Message!.GetValue("OBX-5-5");

        Assert.True(result.IsValid);
        Assert.Equal(payload.Length, value!.Length);
        Assert.True(watch.Elapsed < Generous, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Parse_ThousandsOfRepetitions_CountsAndReadsTheLastQuickly()
    {
        var repetitions = string.Join('~', Enumerable.Range(1, 20_000).Select(i => $"{i}^^^HOSP^MR"));
        var text = TestMessages.Join("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5", $"PID|1||{repetitions}");
        var watch = Stopwatch.StartNew();

        var message = Hl7Parser.Parse(text).Message!;
        var adt = AdtMessage.From(message);

        Assert.Equal(20_000, message[1].GetRepetitionCount(3));
        Assert.Equal("20000", message.GetValue("PID-3(20000)-1"));
        Assert.Equal(20_000, adt.Patient!.Identifiers.Count);
        Assert.True(watch.Elapsed < Generous, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Parse_ThousandsOfSegments_ParsesEveryOne()
    {
        var charges = Enumerable.Range(1, 5_000).Select(i => $"FT1|{i}|||20260101||CG|C{i}^Charge {i}|||1|10.00|10.00|LAB");
        var text = TestMessages.Join(["MSH|^~\\&|A|B|C|D|1||DFT^P03|1|P|2.5", "PID|1||9", .. charges]);

        var message = Hl7Parser.Parse(text).Message!;

        Assert.Equal(5_000, message.CountSegments("FT1"));
        Assert.Equal("C5000", message.GetValue("FT1[5000]-7-1"));
    }

    [Fact]
    public void GetValue_ThousandsOfEscapes_DecodesWithoutBlowingUp()
    {
        var escapes = string.Concat(Enumerable.Repeat("\\F\\\\S\\\\.br\\\\X41\\\\", 50_000));
        var message = Hl7Parser.Parse(TestMessages.Join("MSH|^~\\&|A|B|C|D|1||ORU^R01|1|P|2.5", $"NTE|1||{escapes}")).Message!;

        var value = message.GetValue("NTE-3")!;

        Assert.StartsWith("|^\\.br\\A\\", value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MSH")]
    [InlineData("MSH|")]
    [InlineData("MSH||")]
    [InlineData("MSH|^~\\&")]
    [InlineData("MSH|^~\\&|")]
    [InlineData("MSH|^^~\\&|A")]
    [InlineData("MSH|^~\\&!?|A")]
    [InlineData("MSH\r\r\r")]
    [InlineData("MSH|\u00e9~\\&|A")]
    [InlineData("   MSH|^~\\&|A")]
    public void Parse_BrokenHeaders_ReturnErrors(string input)
    {
        var result = Hl7Parser.Parse(input);

        Assert.False(result.IsValid);
    }
}
