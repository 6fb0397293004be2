using HealthFlows.Hl7.Acks;

namespace HealthFlows.Hl7.Tests.Acks;

public sealed class Hl7AckTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Create_Accept_SwapsSenderAndReceiverAndEchoesControlId()
    {
        var original = Hl7Parser.Parse(TestMessages.AdmitA01).Message!;

        var ack = Hl7Parser.Parse(Hl7Ack.Create(original, new Hl7AckRequest(Hl7AckCode.AA, "ACK0001", Now))).Message!;

        Assert.True(ack.IsAck);
        Assert.Equal("GHH LAB", ack.GetValue("MSH-3"));
        Assert.Equal("GHH", ack.GetValue("MSH-4"));
        Assert.Equal("ADT1", ack.GetValue("MSH-5"));
        Assert.Equal("GOOD HEALTH HOSPITAL", ack.GetValue("MSH-6"));
        Assert.Equal("20261125103000+0100", ack.GetValue("MSH-7"));
        Assert.Equal("ACK^A01^ACK", ack.GetValue("MSH-9"));
        Assert.Equal("ACK0001", ack.ControlId);
        Assert.Equal("2.5.1", ack.Version);
        Assert.Equal("UNICODE UTF-8", ack.CharacterSet);
        Assert.Equal("AA", ack.GetValue("MSA-1"));
        Assert.Equal("MSG00001", ack.GetValue("MSA-2"));
    }

    [Fact]
    public void Create_CustomDelimiters_AnswersInThem()
    {
        var original = Hl7Parser.Parse("MSH*@!$%*APP*FAC*RCV*RFAC*1**ADT@A08*ID9*P*2.4\r").Message!;

        var text = Hl7Ack.Create(original, new Hl7AckRequest(Hl7AckCode.AE, "A1", Now) { Text = "bad * value" });

        Assert.StartsWith("MSH*@!$%*RCV*RFAC*APP*FAC*", text, StringComparison.Ordinal);
        Assert.Contains("MSA*AE*ID9*bad $F$ value", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateFor_MissingControlId_RejectsWithErrorLocation()
    {
        var result = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|1||ADT^A01||P|2.5\r");

        var ack = Hl7Parser.Parse(Hl7Ack.CreateFor(result, "ACK2", Now)).Message!;

        Assert.Equal("AR", ack.GetValue("MSA-1"));
        Assert.Equal(string.Empty, ack.GetValue("MSA-2"));
        Assert.Equal("MSH", ack.GetValue("ERR-2-1"));
        Assert.Equal("1", ack.GetValue("ERR-2-2"));
        Assert.Equal("10", ack.GetValue("ERR-2-3"));
        Assert.Equal("101", ack.GetValue("ERR-3-1"));
        Assert.Equal("E", ack.GetValue("ERR-4"));
    }

    [Fact]
    public void CreateFor_BadSegmentAfterHeader_AnswersApplicationError()
    {
        var result = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|1||ADT^A01|X1|P|2.5\rPID|1\rbad|1\rbad|2\r");

        var ack = Hl7Parser.Parse(Hl7Ack.CreateFor(result, "ACK3", Now)).Message!;

        Assert.Equal("AE", ack.GetValue("MSA-1"));
        Assert.Equal("X1", ack.GetValue("MSA-2"));
        Assert.Equal("1", ack.GetValue("ERR-2-2"));
    }

    [Fact]
    public void CreateFor_Unreadable_AnswersRejectWithStandardDelimiters()
    {
        var result = Hl7Parser.Parse("garbage");

        var ack = Hl7Parser.Parse(Hl7Ack.CreateFor(result, "ACK4", Now));

        Assert.True(ack.IsValid);
        Assert.Equal("AR", ack.Message!.GetValue("MSA-1"));
        Assert.Equal("ACK", ack.Message.MessageType);
    }

    [Fact]
    public void CreateFor_Valid_Accepts()
    {
        var ack = Hl7Parser.Parse(Hl7Ack.CreateFor(Hl7Parser.Parse(TestMessages.AdmitA01), "ACK5", Now)).Message!;

        Assert.Equal("AA", ack.GetValue("MSA-1"));
        Assert.Equal(0, ack.CountSegments("ERR"));
    }
}
