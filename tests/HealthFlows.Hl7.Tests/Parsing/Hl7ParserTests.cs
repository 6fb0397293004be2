using System.Text;

namespace HealthFlows.Hl7.Tests.Parsing;

public sealed class Hl7ParserTests
{
    [Fact]
    public void Parse_WellFormedAdt_IsValidWithHeaderValues()
    {
        var result = Hl7Parser.Parse(TestMessages.AdmitA01);

        Assert.True(result.IsValid);
        var message = result.Message!;
        Assert.Equal("ADT^A01", message.MessageType);
        Assert.Equal("MSG00001", message.ControlId);
        Assert.Equal("2.5.1", message.Version);
        Assert.Equal(4, message.SegmentCount);
    }

    [Fact]
    public void Parse_Bytes_KeepsBufferWithoutCopy()
    {
        var bytes = Encoding.ASCII.GetBytes(TestMessages.AdmitA01);

        var message = Hl7Parser.Parse(bytes).Message!;

        Assert.True(MemoryExtensions.Overlaps(message.Data.Span, bytes));
    }

    [Fact]
    public void Parse_MissingMsh_ReportsMissingHeaderAtSegmentZero()
    {
        var result = Hl7Parser.Parse("PID|1||123\r");

        var error = Assert.Single(result.Errors);
        Assert.Equal(Hl7ParseErrorCode.MissingHeader, error.Code);
        Assert.Equal(0, error.SegmentIndex);
        Assert.Null(result.Message);
    }

    [Fact]
    public void Parse_MissingMessageType_ReportsMsh9ButKeepsMessage()
    {
        var result = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|20260101||||P|2.5\r");

        Assert.False(result.IsValid);
        Assert.NotNull(result.Message);
        Assert.Contains(result.Errors, e => e.Code == Hl7ParseErrorCode.MissingMessageType && e.FieldPosition == 9 && e.Location == "MSH-9");
    }

    [Fact]
    public void Parse_MissingControlId_ReportsMsh10()
    {
        var result = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|20260101||ADT^A01||P|2.5\r");

        var error = Assert.Single(result.Errors);
        Assert.Equal(Hl7ParseErrorCode.MissingControlId, error.Code);
        Assert.Equal(10, error.FieldPosition);
    }

    [Fact]
    public void Parse_ExplicitNullControlId_CountsAsMissing()
    {
        var result = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|20260101||ADT^A01|\"\"|P|2.5\r");

        Assert.Contains(result.Errors, e => e.Code == Hl7ParseErrorCode.MissingControlId);
    }

    [Fact]
    public void Parse_RequireTypeAndControlIdOff_AcceptsBareHeader()
    {
        var result = Hl7Parser.Parse("MSH|^~\\&|A\r", new Hl7ParseOptions { RequireTypeAndControlId = false });

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Parse_EmptyInput_ReportsEmpty()
    {
        var result = Hl7Parser.Parse("\r\n\r\n");

        Assert.Equal(Hl7ParseErrorCode.Empty, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Parse_InvalidSegmentName_ReportsItsIndex()
    {
        var result = Hl7Parser.Parse(TestMessages.Join("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5", "PID|1", "pv1|1"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(Hl7ParseErrorCode.InvalidSegmentName, error.Code);
        Assert.Equal(2, error.SegmentIndex);
        Assert.Equal("pv1", error.SegmentName);
    }

    [Fact]
    public void Parse_ZSegment_IsKeptAndReadable()
    {
        var message = Hl7Parser.Parse(TestMessages.Join("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5", "PID|1", "ZPI|1|VIP^Very important")).Message!;

        Assert.Equal(3, message.SegmentCount);
        Assert.Equal("Very important", message.GetValue("ZPI-2-2"));
    }

    [Fact]
    public void Parse_ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestMessages.AdmitA01)).ToArray();

        var result = Hl7Parser.Parse(bytes);

        Assert.True(result.IsValid);
        Assert.Equal("MSH", result.Message![0].Name);
    }

    [Fact]
    public void Parse_TextLongerThanLimit_ReportsTooLarge()
    {
        var result = Hl7Parser.Parse(TestMessages.AdmitA01, new Hl7ParseOptions { MaxLength = 10 });

        Assert.Equal(Hl7ParseErrorCode.TooLarge, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Parse_SegmentWithoutFields_HasNoFields()
    {
        var message = Hl7Parser.Parse(TestMessages.Join("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5", "PV2")).Message!;

        Assert.Equal("PV2", message[1].Name);
        Assert.Equal(0, message[1].FieldCount);
        Assert.Equal(string.Empty, message.GetValue("PV2-1"));
    }
}
