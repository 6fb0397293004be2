using System.Text;

namespace HealthFlows.Hl7.Tests.Escaping;

public sealed class Hl7EscapingTests
{
    [Theory]
    [InlineData("a|b", "a\\F\\b")]
    [InlineData("a^b", "a\\S\\b")]
    [InlineData("a&b", "a\\T\\b")]
    [InlineData("a~b", "a\\R\\b")]
    [InlineData("a\\b", "a\\E\\b")]
    [InlineData("a\rb\nc", "a\\X0D\\b\\X0A\\c")]
    [InlineData("plain", "plain")]
    public void Escape_Delimiters_UsesStandardSequences(string value, string expected)
    {
        Assert.Equal(expected, Hl7Escaping.Escape(value, Hl7Delimiters.Default));
    }

    [Fact]
    public void Escape_NoEscapeCharacterDeclared_RefusesDelimiters()
    {
        var delimiters = new Hl7Delimiters('|', '^', '~', null, '&', null);

        Assert.Throws<ArgumentException>(() => Hl7Escaping.Escape("a^b", delimiters));
    }

    [Theory]
    [InlineData("\\F\\\\S\\\\T\\\\R\\\\E\\", "|^&~\\")]
    [InlineData("\\X41\\\\X4243\\", "ABC")]
    [InlineData("\\x41\\", "\\x41\\")]
    [InlineData("\\X4\\", "\\X4\\")]
    [InlineData("\\XZZ\\", "\\XZZ\\")]
    [InlineData("\\Q\\", "\\Q\\")]
    [InlineData("\\\\", "\\\\")]
    [InlineData("\\Zcustom\\", "\\Zcustom\\")]
    [InlineData("\\C2842\\", "\\C2842\\")]
    [InlineData("\\H\\bold\\N\\", "\\H\\bold\\N\\")]
    public void Unescape_Sequences_DecodeOrStayLiteral(string encoded, string expected)
    {
        Assert.Equal(expected, Hl7Escaping.Unescape(encoded, Hl7Delimiters.Default));
    }

    [Fact]
    public void Unescape_UnknownSequenceBeforeRealOne_DoesNotSwallowIt()
    {
        Assert.Equal("a\\b |", Hl7Escaping.Unescape("a\\b \\F\\", Hl7Delimiters.Default));
    }

    [Theory]
    [InlineData("one\\.br\\two", "one\ntwo")]
    [InlineData("a\\.sp2\\b", "a\n\nb")]
    [InlineData("a\\.sk 3\\b", "a   b")]
    [InlineData("\\.fi\\\\.nf\\\\.in+4\\\\.ti-2\\\\.ce\\x", "x")]
    [InlineData("\\H\\bold\\N\\", "bold")]
    public void Unescape_RenderFormatting_GivesPlainText(string encoded, string expected)
    {
        Assert.Equal(expected, Hl7Escaping.Unescape(encoded, Hl7Delimiters.Default, formatting: Hl7FormattingEscapes.Render));
    }

    [Fact]
    public void Unescape_RenderHugeSpaceCount_IsCapped()
    {
        var rendered = Hl7Escaping.Unescape("\\.sp999999999\\", Hl7Delimiters.Default, formatting: Hl7FormattingEscapes.Render);

        Assert.True(rendered.Length <= 64);
    }

    [Fact]
    public void Unescape_KeepFormatting_KeepsLineBreakLiterally()
    {
        Assert.Equal("one\\.br\\two", Hl7Escaping.Unescape("one\\.br\\two", Hl7Delimiters.Default));
    }

    [Fact]
    public void Unescape_HexInDeclaredCharacterSet_DecodesWithIt()
    {
        Assert.Equal("\u00e9", Hl7Escaping.Unescape("\\XE9\\", Hl7Delimiters.Default, System.Text.Encoding.Latin1));
        Assert.Equal("\u00e9", Hl7Escaping.Unescape("\\XC3A9\\", Hl7Delimiters.Default, Hl7Charsets.Utf8));
    }

    [Fact]
    public void Unescape_CustomEscapeCharacter_UsesIt()
    {
        var delimiters = new Hl7Delimiters('!', '@', '#', '$', '%', null);

        Assert.Equal("a!b@c", Hl7Escaping.Unescape("a$F$b$S$c", delimiters));
    }
}
