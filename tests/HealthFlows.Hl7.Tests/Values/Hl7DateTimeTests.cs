namespace HealthFlows.Hl7.Tests.Values;

public sealed class Hl7DateTimeTests
{
    [Theory]
    [InlineData("2026", Hl7DateTimePrecision.Year)]
    [InlineData("202603", Hl7DateTimePrecision.Month)]
    [InlineData("20260320", Hl7DateTimePrecision.Day)]
    [InlineData("2026032014", Hl7DateTimePrecision.Hour)]
    [InlineData("202603201430", Hl7DateTimePrecision.Minute)]
    [InlineData("20260320143015", Hl7DateTimePrecision.Second)]
    [InlineData("20260320143015.1234", Hl7DateTimePrecision.FractionOfSecond)]
    public void TryParse_EachPrecision_IsRecognised(string text, Hl7DateTimePrecision precision)
    {
        Assert.True(Hl7DateTime.TryParse(text, out var value));
        Assert.Equal(precision, value.Precision);
        Assert.Equal(2026, value.Value.Year);
    }

    [Fact]
    public void TryParse_Offset_IsKept()
    {
        Assert.True(Hl7DateTime.TryParse("20260320143015-0500", out var value));
        Assert.Equal(TimeSpan.FromHours(-5), value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 14, 30, 15, TimeSpan.FromHours(-5)), value.ToDateTimeOffset(TimeSpan.Zero));
    }

    [Fact]
    public void TryParse_Fraction_AddsTicks()
    {
        Assert.True(Hl7DateTime.TryParse("20260320143015.5", out var value));
        Assert.Equal(500, value.Value.Millisecond);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData("2026130")]
    [InlineData("20261301")]
    [InlineData("20260230")]
    [InlineData("20260101250000")]
    [InlineData("2026010112+05")]
    [InlineData("abcd")]
    [InlineData("20260101.5")]
    [InlineData("-2026")]
    public void TryParse_BadText_IsRefusedWithoutThrowing(string? text)
    {
        Assert.False(Hl7DateTime.TryParse(text, out _));
        Assert.Null(Hl7DateTime.ParseOrNull(text));
    }

    [Fact]
    public void Format_Instant_WritesOffset()
    {
        Assert.Equal("20261125120000+0100", Hl7DateTime.Format(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal("20261125120000-0330", Hl7DateTime.Format(new DateTimeOffset(2026, 11, 25, 12, 0, 0, new TimeSpan(-3, -30, 0))));
    }
}
