using HealthFlows.Hl7.Adt;
using HealthFlows.Hl7.Batches;

namespace HealthFlows.Hl7.Tests.Parsing;

/// <summary>Each test is a bug another HL7 parser shipped; the issue lists them.</summary>
public sealed class KnownParserBugsTests
{
    [Fact]
    public void GetValue_Msh3_IsFirstDataFieldBecauseMsh1IsTheSeparator()
    {
        var message = Hl7Parser.Parse(TestMessages.AdmitA01).Message!;

        Assert.Equal("|", message.GetValue("MSH-1"));
        Assert.Equal("^~\\&", message.GetValue("MSH-2"));
        Assert.Equal("ADT1", message.GetValue("MSH-3"));
        Assert.Equal("MSG00001", message.GetValue("MSH-10"));
    }

    [Theory]
    [InlineData("FHS")]
    [InlineData("BHS")]
    public void GetValue_BatchHeaderField3_IsFirstDataField(string header)
    {
        var batch = Hl7BatchParser.Parse($"{header}|^~\\&|SENDER|FAC\r{TestMessages.AdmitA01}");

        Assert.Equal("|", batch.Envelope!.GetValue($"{header}-1"));
        Assert.Equal("^~\\&", batch.Envelope.GetValue($"{header}-2"));
        Assert.Equal("SENDER", batch.Envelope.GetValue($"{header}-3"));
    }

    [Fact]
    public void Parse_ThreeCharacterEncoding_ReadsSubcomponentWithoutEscape()
    {
        var message = Hl7Parser.Parse("MSH|^~&|APP|FAC|||1||ADT^A01|C1|P|2.3\rPID|1||1&2^^^X\r").Message!;

        Assert.Null(message.Delimiters.Escape);
        Assert.Equal('&', message.Delimiters.Subcomponent);
        Assert.Equal("APP", message.GetValue("MSH-3"));
        Assert.Equal("2", message.GetValue("PID-3-1-2"));
    }

    [Fact]
    public void Parse_FiveCharacterEncodingFromV27_ReadsTruncationCharacter()
    {
        var message = Hl7Parser.Parse("MSH|^~\\&#|APP|FAC|||1||ADT^A01|C1|P|2.7\rPID|1||A\\P\\B\r").Message!;

        Assert.Equal('#', message.Delimiters.Truncation);
        Assert.Equal("APP", message.GetValue("MSH-3"));
        Assert.Equal("A#B", message.GetValue("PID-3"));
    }

    [Fact]
    public void Parse_LineFeedSeparated_DoesNotReadVersionIntoNextSegment()
    {
        var message = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\nPID|1||42\n").Message!;

        Assert.Equal("2.5", message.Version);
        Assert.Equal("42", message.GetValue("PID-3"));
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Parse_AnySegmentTerminator_GivesSameSegments(string terminator)
    {
        var text = string.Join(terminator, "MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5", "PID|1||42", "PV1|1|I") + terminator;

        var message = Hl7Parser.Parse(text).Message!;

        Assert.Equal(3, message.SegmentCount);
        Assert.Equal("I", message.GetValue("PV1-2"));
    }

    [Fact]
    public void Parse_TrailingCrLf_AddsNoEmptySegmentAndNoStrayCharacter()
    {
        var message = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\r\nPID|1||42\r\n").Message!;

        Assert.Equal(2, message.SegmentCount);
        Assert.Equal("42", message.GetValue("PID-3"));
    }

    [Fact]
    public void GetValue_EscapeAtEndOfField_DecodesToEscapeCharacter()
    {
        var message = Parse("NTE|1||C:\\E\\");

        Assert.Equal("C:\\", message.GetValue("NTE-3"));
    }

    [Fact]
    public void GetValue_EscapedEscapeAroundT_DecodesOnceNotTwice()
    {
        var message = Parse("NTE|1||\\E\\T\\E\\");

        Assert.Equal("\\T\\", message.GetValue("NTE-3"));
    }

    [Fact]
    public void GetValue_LoneEscapeCharacter_IsKeptLiterally()
    {
        var message = Parse("NTE|1||50\\50");

        Assert.Equal("50\\50", message.GetValue("NTE-3"));
    }

    [Theory]
    [InlineData("A\\F", "A\\F")]
    [InlineData("A\\X0", "A\\X0")]
    [InlineData("\\", "\\")]
    [InlineData("A\\.br", "A\\.br")]
    public void GetValue_UnterminatedEscape_IsKeptLiterally(string raw, string expected)
    {
        var message = Parse($"NTE|1||{raw}");

        Assert.Equal(expected, message.GetValue("NTE-3"));
    }

    [Fact]
    public void GetValue_MultiByteHex_DecodesEveryByte()
    {
        var message = Parse("NTE|1||A\\X0D0A\\B");

        Assert.Equal("A\r\nB", message.GetValue("NTE-3"));
    }

    [Fact]
    public void Write_LineBreakAndHexEscapes_SurviveParseThenWrite()
    {
        var text = TestMessages.Join("MSH|^~\\&|A|B|C|D|1||ORU^R01|1|P|2.5", "OBX|1|FT|||line one\\.br\\line two\\X0D\\end");

        var written = Hl7Writer.Write(Hl7Parser.Parse(text).Message!);

        Assert.Equal(text, written);
        Assert.Contains("\\.br\\", written, StringComparison.Ordinal);
        Assert.Contains("\\X0D\\", written, StringComparison.Ordinal);
    }

    [Fact]
    public void GetValue_ExplicitNull_IsNullWhileEmptyIsEmpty()
    {
        var message = Parse("PID|1||\"\"||");

        Assert.Null(message.GetValue("PID-3"));
        Assert.Equal(string.Empty, message.GetValue("PID-4"));
        Assert.Equal(string.Empty, message.GetValue("PID-40"));
    }

    [Fact]
    public void TypedView_ExplicitNullBirthDate_IsNeverParsedAsDate()
    {
        var message = Parse("PID|1||123||DOE^JANE||\"\"|F");

        var adt = AdtMessage.From(message);

        Assert.Null(adt.Patient!.BirthDate);
        Assert.Equal("F", adt.Patient.Sex);
    }

    [Fact]
    public void GetValue_SecondRepetitionWhenOnlyOne_IsEmptyNotTheFirst()
    {
        var message = Parse("PV1|1|I||||||1234^REFERRING^RAY");

        Assert.Equal("1234", message.GetValue("PV1-8(1)-1"));
        Assert.Equal(string.Empty, message.GetValue("PV1-8(2)-1"));
    }

    [Theory]
    [InlineData("MSHH0\r")]
    [InlineData("MSH|0|||||||||||0")]
    [InlineData("MSH|^|||||||^A|||2.2\r^AA")]
    public void Parse_MalformedHeaders_ReturnErrorsWithoutThrowing(string input)
    {
        var result = Hl7Parser.Parse(input);

        Assert.False(result.IsValid);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrEmpty(e.Message)));
    }

    [Fact]
    public void Parse_HeaderWithOnlyComponentSeparator_ReadsTriggerAndFlagsTheRest()
    {
        var result = Hl7Parser.Parse("MSH|^|||||||^A|||2.2\r^AA");

        Assert.Equal("A", result.Message!.TriggerEvent);
        Assert.Contains(result.Errors, e => e.Code == Hl7ParseErrorCode.MissingMessageType);
        Assert.Contains(result.Errors, e => e.Code == Hl7ParseErrorCode.MissingControlId);
        Assert.Contains(result.Errors, e => e.Code == Hl7ParseErrorCode.InvalidSegmentName && e.SegmentIndex == 1);
    }

    private static Hl7Message Parse(string segment) =>
        Hl7Parser.Parse(TestMessages.Join("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5", segment)).Message!;
}
