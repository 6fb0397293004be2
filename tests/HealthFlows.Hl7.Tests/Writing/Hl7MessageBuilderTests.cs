namespace HealthFlows.Hl7.Tests.Writing;

public sealed class Hl7MessageBuilderTests
{
    [Fact]
    public void Set_ValueWithDelimiters_IsEscapedAndReadsBack()
    {
        var builder = new Hl7MessageBuilder();
        builder.AddSegment("MSH").Set(9, 1, 1, 0, "ADT").Set(9, 1, 2, 0, "A01").Set(10, "1").Set(12, "2.5");

        builder.Set("NTE-3", "a|b^c&d~e\\f\rg");

        var text = builder.Write();
        Assert.Contains("NTE|||a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f\\X0D\\g", text, StringComparison.Ordinal);
        Assert.Equal("a|b^c&d~e\\f\rg", Hl7Parser.Parse(text).Message!.GetValue("NTE-3"));
    }

    [Fact]
    public void Set_Null_WritesExplicitNull()
    {
        var builder = new Hl7MessageBuilder();
        builder.Set("PID-8", null);

        Assert.Equal("PID||||||||\"\"\r", builder.Write());
    }

    [Fact]
    public void Set_DeepPath_PadsRepetitionsAndComponents()
    {
        var builder = new Hl7MessageBuilder();

        builder.Set("PID-3(2)-4-2", "X");

        Assert.Equal("PID|||~^^^&X\r", builder.Write());
    }

    [Fact]
    public void Set_NextSegmentOccurrence_AppendsIt()
    {
        var builder = new Hl7MessageBuilder();
        builder.Set("FT1[1]-1", "1").Set("FT1[2]-1", "2");

        Assert.Equal("FT1|1\rFT1|2\r", builder.Write());
    }

    [Fact]
    public void Set_SkippedSegmentOccurrence_Throws()
    {
        var builder = new Hl7MessageBuilder();

        Assert.Throws<ArgumentException>(() => builder.Set("FT1[3]-1", "x"));
    }

    [Fact]
    public void Set_HeaderDelimiterFields_Throws()
    {
        var msh = new Hl7MessageBuilder().AddSegment("MSH");

        Assert.Throws<ArgumentException>(() => msh.Set(2, "x"));
    }

    [Fact]
    public void AddSegment_InvalidName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Hl7MessageBuilder().AddSegment("pid"));
    }

    [Fact]
    public void From_ParsedMessageThenEdit_KeepsOtherFieldsByteForByte()
    {
        var message = Hl7Parser.Parse(TestMessages.AdmitA01).Message!;

        var edited = Hl7MessageBuilder.From(message).Set("PID-8", "M").Write();

        Assert.Equal(TestMessages.AdmitA01.Replace("|19620320|F|", "|19620320|M|", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Build_CustomDelimiters_ParsesWithThem()
    {
        var builder = new Hl7MessageBuilder(new Hl7Delimiters('!', '@', '#', '$', '%', null));
        builder.AddSegment("MSH").Set(9, 1, 1, 0, "ADT").Set(9, 1, 2, 0, "A04").Set(10, "X1").Set(12, "2.5");

        var result = builder.Build();

        Assert.True(result.IsValid);
        Assert.StartsWith("MSH!@#$%!", builder.Write(), StringComparison.Ordinal);
        Assert.Equal("ADT^A04", result.Message!.MessageType);
    }
}
