namespace HealthFlows.Hl7.Tests.Messages;

public sealed class Hl7MessageTests
{
    private static readonly Hl7Message Admit = Hl7Parser.Parse(TestMessages.AdmitA01).Message!;

    [Theory]
    [InlineData("PID-3(2)-1", "987654")]
    [InlineData("PID-3(2)-4", "NHS")]
    [InlineData("PID-5-2", "EVE")]
    [InlineData("PID-11-3", "STATESVILLE")]
    [InlineData("PV1-3-1", "2000")]
    [InlineData("PV1-19-1", "V1001")]
    [InlineData("MSH-9-3", "ADT_A01")]
    [InlineData("EVN-2", "20260115082900")]
    public void GetValue_Path_ReadsTheValue(string path, string expected)
    {
        Assert.Equal(expected, Admit.GetValue(path));
    }

    [Fact]
    public void GetValue_CompositeField_ComesBackEncoded()
    {
        Assert.Equal("EVERYWOMAN^EVE^E^^MRS^^L", Admit.GetValue("PID-5"));
    }

    [Theory]
    [InlineData("PID[2]-3")]
    [InlineData("NK1-1")]
    [InlineData("PID-3(3)")]
    [InlineData("PID-5-9")]
    [InlineData("PID-5-1-2")]
    [InlineData("MSH-1(2)")]
    [InlineData("MSH-2-2")]
    public void GetValue_AbsentElement_IsEmpty(string path)
    {
        Assert.Equal(string.Empty, Admit.GetValue(path));
    }

    [Fact]
    public void GetValue_InvalidPath_Throws()
    {
        Assert.Throws<FormatException>(() => Admit.GetValue("PID 3"));
    }

    [Fact]
    public void FindSegment_Occurrence_FindsTheNth()
    {
        var message = Hl7Parser.Parse(TestMessages.Join("MSH|^~\\&|A|B|C|D|1||DFT^P03|1|P|2.5", "FT1|1", "FT1|2", "FT1|3")).Message!;

        Assert.Equal("2", message.FindSegment("FT1", 2)!.Value.GetValue(1));
        Assert.Null(message.FindSegment("FT1", 4));
        Assert.Equal(3, message.CountSegments("FT1"));
        Assert.Equal(["1", "2", "3"], message.GetSegments("FT1").Select(s => s.GetValue(1)));
    }

    [Fact]
    public void IsAck_AckMessage_IsTrue()
    {
        var ack = Hl7Parser.Parse("MSH|^~\\&|A|B|C|D|1||ACK^A01^ACK|9|P|2.5\rMSA|AA|1\r").Message!;

        Assert.True(ack.IsAck);
        Assert.False(Admit.IsAck);
    }

    [Fact]
    public void GetRaw_EscapedValue_KeepsEscapes()
    {
        var message = Hl7Parser.Parse(TestMessages.Join("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5", "NTE|1||a\\T\\b")).Message!;

        Assert.Equal("a\\T\\b", message.GetRaw(Hl7Path.Parse("NTE-3")));
        Assert.Equal("a&b", message.GetValue("NTE-3"));
    }

    [Fact]
    public void Segment_FieldCountAndRepetitions_AreCounted()
    {
        var pid = Admit.FindSegment("PID")!.Value;

        Assert.Equal(18, pid.FieldCount);
        Assert.Equal(2, pid.GetRepetitionCount(3));
        Assert.Equal(0, pid.GetRepetitionCount(2));
        Assert.Equal(0, pid.GetRepetitionCount(99));
        Assert.Equal("123456^^^GHH^MR~987654^^^NHS^NH", pid.GetFieldRaw(3));
    }

    [Fact]
    public void Segment_MshFieldCount_IncludesTheSeparatorField()
    {
        var msh = Admit[0];

        Assert.Equal(18, msh.FieldCount);
        Assert.Equal("UNICODE UTF-8", msh.GetValue(18));
    }

    [Fact]
    public void Text_ReturnsOriginalText()
    {
        Assert.Equal(TestMessages.AdmitA01, Admit.Text);
        Assert.Equal(TestMessages.AdmitA01, Admit.ToString());
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Admit[99]);
    }

    [Fact]
    public void Delimiters_CustomSet_ReadFromHeader()
    {
        var message = Hl7Parser.Parse("MSH*@!$%*APP*FAC*****ADT@A08*ID9*P*2.4\rPID*1**X1@@@AUTH!X2@@@AUTH2\r").Message!;

        Assert.Equal(new Hl7Delimiters('*', '@', '!', '$', '%', null), message.Delimiters);
        Assert.Equal("ADT^A08", message.MessageType);
        Assert.Equal("AUTH2", message.GetValue("PID-3(2)-4"));
    }
}
