using HealthFlows.Hl7.Batches;

namespace HealthFlows.Hl7.Tests.Batches;

public sealed class Hl7BatchParserTests
{
    private const string First = "MSH|^~\\&|A|B|C|D|1||ADT^A01|M1|P|2.5\rPID|1||1";
    private const string Second = "MSH|^~\\&|A|B|C|D|1||ADT^A08|M2|P|2.5\rPID|1||2";

    [Fact]
    public void Parse_FileWithOneBatch_SplitsMessages()
    {
        var text = $"FHS|^~\\&|SEND|FAC|||20260101||file.hl7||F1\rBHS|^~\\&|SEND|FAC|||20260101||||B1\r{First}\r{Second}\rBTS|2\rFTS|1\r";

        var batch = Hl7BatchParser.Parse(text);

        Assert.True(batch.IsValid);
        Assert.Equal(["M1", "M2"], batch.Messages.Select(m => m.Message!.ControlId));
        Assert.Equal("2", batch.Messages[1].Message!.GetValue("PID-3"));
        Assert.Equal("F1", batch.Envelope!.GetValue("FHS-11"));
        Assert.Equal("B1", batch.Envelope.GetValue("BHS-11"));
    }

    [Fact]
    public void Parse_MessagesWithoutHeaders_SplitsThem()
    {
        var batch = Hl7BatchParser.Parse($"{First}\n{Second}\n");

        Assert.Equal(2, batch.Messages.Count);
        Assert.True(batch.IsValid);
    }

    [Fact]
    public void Parse_WrongTrailerCount_ReportsMismatch()
    {
        var batch = Hl7BatchParser.Parse($"BHS|^~\\&\r{First}\rBTS|3\r");

        var error = Assert.Single(batch.Errors);
        Assert.Equal(Hl7ParseErrorCode.BatchCountMismatch, error.Code);
        Assert.Equal("BTS", error.SegmentName);
        Assert.Equal(3, error.SegmentIndex);
    }

    [Fact]
    public void Parse_InvalidMessageInBatch_KeepsTheOthers()
    {
        var batch = Hl7BatchParser.Parse($"BHS|^~\\&\r{First}\rMSH|^~\\&|A|B|C|D|1||ADT^A08||P|2.5\r{Second}\rBTS|3\r");

        Assert.False(batch.IsValid);
        Assert.Equal(3, batch.Messages.Count);
        Assert.False(batch.Messages[1].IsValid);
        Assert.True(batch.Messages[2].IsValid);
    }

    [Fact]
    public void Parse_SegmentOutsideMessage_IsReported()
    {
        var batch = Hl7BatchParser.Parse($"BHS|^~\\&\rPID|1\r{First}\r");

        Assert.Equal(Hl7ParseErrorCode.MissingHeader, Assert.Single(batch.Errors).Code);
    }

    [Fact]
    public void Parse_Garbage_ReportsMissingHeader()
    {
        var batch = Hl7BatchParser.Parse("hello");

        Assert.Null(batch.Envelope);
        Assert.False(batch.IsValid);
    }

    [Fact]
    public void Parse_Bytes_DecodesEachMessageByItsCharset()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes("BHS|^~\\&\rMSH|^~\\&|A|B|C|D|1||ADT^A01|M1|P|2.5||||||8859/1\rPID|1||1||G\u00f6ran\rBTS|1\r");

        var batch = Hl7BatchParser.Parse(bytes);

        Assert.Equal("G\u00f6ran", batch.Messages[0].Message!.GetValue("PID-5"));
    }
}
