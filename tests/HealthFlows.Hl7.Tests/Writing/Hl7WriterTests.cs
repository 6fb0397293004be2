namespace HealthFlows.Hl7.Tests.Writing;

public sealed class Hl7WriterTests
{
    [Fact]
    public void Write_WellFormedMessage_GivesSameText()
    {
        var message = Hl7Parser.Parse(TestMessages.AdmitA01).Message!;

        Assert.Equal(TestMessages.AdmitA01, Hl7Writer.Write(message));
    }

    [Fact]
    public void Write_LineFeedInput_NormalisesToCarriageReturns()
    {
        var message = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\r\nPID|1\r\n\r\n").Message!;

        Assert.Equal("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\rPID|1\r", Hl7Writer.Write(message));
    }

    [Fact]
    public void Write_CustomTerminator_IsUsed()
    {
        var message = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\rPID|1\r").Message!;

        Assert.Equal("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\r\nPID|1\r\n", Hl7Writer.Write(message, "\r\n"));
    }

    [Fact]
    public void WriteBytes_Utf8Message_GivesSameBytes()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(TestMessages.AdmitA01.Replace("EVE^E", "\u00c9VE^\u00c9", StringComparison.Ordinal));

        Assert.Equal(bytes, Hl7Writer.WriteBytes(Hl7Parser.Parse(bytes).Message!));
    }
}
