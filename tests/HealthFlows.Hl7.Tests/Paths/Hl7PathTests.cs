namespace HealthFlows.Hl7.Tests.Paths;

public sealed class Hl7PathTests
{
    [Theory]
    [InlineData("PID-3", "PID", 1, 3, 1, 0, 0)]
    [InlineData("PID-3(2)-1", "PID", 1, 3, 2, 1, 0)]
    [InlineData("FT1[2]-10", "FT1", 2, 10, 1, 0, 0)]
    [InlineData("MSH-9-2", "MSH", 1, 9, 1, 2, 0)]
    [InlineData("PID-3-4-1", "PID", 1, 3, 1, 4, 1)]
    [InlineData("OBX[12]-5(3)-2-1", "OBX", 12, 5, 3, 2, 1)]
    [InlineData(" ZP1-1 ", "ZP1", 1, 1, 1, 0, 0)]
    public void TryParse_ValidNotation_ReadsEveryPart(string text, string segment, int occurrence, int field, int repetition, int component, int subcomponent)
    {
        Assert.True(Hl7Path.TryParse(text, out var path, out _));
        Assert.Equal(new Hl7Path(segment, occurrence, field, repetition, component, subcomponent), path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("PID")]
    [InlineData("PID-")]
    [InlineData("PID-0")]
    [InlineData("pid-3")]
    [InlineData("PID-3(0)")]
    [InlineData("PID[0]-3")]
    [InlineData("PID-3-1-1-1")]
    [InlineData("PID-3(2")]
    [InlineData("PID-99999999999")]
    [InlineData("PID-3x")]
    [InlineData("PI-3")]
    public void TryParse_InvalidNotation_ExplainsTheFormat(string text)
    {
        Assert.False(Hl7Path.TryParse(text, out _, out var error));
        Assert.Contains("PID-3(2)-1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidNotation_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => Hl7Path.Parse("nope"));
    }

    [Theory]
    [InlineData("PID-3")]
    [InlineData("PID-3(2)-1")]
    [InlineData("FT1[2]-10")]
    [InlineData("OBX[12]-5(3)-2-1")]
    public void ToString_CanonicalPath_RoundTrips(string text)
    {
        Assert.Equal(text, Hl7Path.Parse(text).ToString());
    }
}
